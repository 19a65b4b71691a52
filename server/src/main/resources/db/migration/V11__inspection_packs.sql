-- Each set of papers a hospital produced for an on-site inspection (立入検査): when, by whom, the person it names
-- as responsible for the security of the medical information systems, and the SHA-256 of the files handed over,
-- so that the hospital can later show which papers it gave.

create table inspection_pack (
    id                 uuid primary key,
    organisation_id    uuid          not null references organisation (id) on delete cascade,
    responsible_person varchar(200)  not null,
    prepared_on        date          not null,
    generated_at       timestamp with time zone not null,
    generated_by       uuid          references user_account (id) on delete set null,
    generated_by_name  varchar(200)  not null,
    sha256             varchar(64)   not null
);
create index inspection_pack_organisation on inspection_pack (organisation_id, generated_at);
