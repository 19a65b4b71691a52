-- Files people attach as evidence, kept in the database with the organisation they belong to. The media type is the
-- one found in the content, never the one the browser claimed; the SHA-256 lets an inspector match a printed copy.

create table attachment (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id) on delete cascade,
    file_name       varchar(255)  not null,
    media_type      varchar(100)  not null,
    size_bytes      bigint        not null,
    sha256          varchar(64)   not null,
    content         bytea         not null,
    uploaded_by     uuid          references user_account (id) on delete set null,
    uploaded_at     timestamp with time zone not null
);
create index attachment_organisation on attachment (organisation_id);
