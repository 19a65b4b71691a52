-- Security disclosures (MDS/SDS, MDS2, checklists) of an organisation. Each revision is a row; revisions of one
-- document share a series. A published revision is never changed again; a new revision starts as its copy.
-- The answers are kept as one document in the shinrai-disclosure/1 JSON format, the same as the export.

create table disclosure (
    id                uuid primary key,
    organisation_id   uuid         not null references organisation (id) on delete cascade,
    series_id         uuid         not null,
    revision          integer      not null,
    status            varchar(16)  not null,
    catalogue_id      varchar(64)  not null,
    catalogue_version varchar(40)  not null,
    product           varchar(1000),
    product_version   varchar(1000),
    document          text         not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    published_at      timestamp with time zone,
    constraint disclosure_status check (status in ('DRAFT', 'PUBLISHED')),
    constraint disclosure_revision_unique unique (series_id, revision)
);
create index disclosure_organisation on disclosure (organisation_id, updated_at);
