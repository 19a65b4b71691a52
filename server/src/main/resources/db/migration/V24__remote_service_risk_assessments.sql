-- Remote services of a vendor (リモートサービス) and their ISMS risk assessments (JESRA TR-0034). A service names the
-- series of its RSS-SDS disclosure: a hospital the disclosure is shared with also sees the accepted assessments and SLA.
-- A method and an assessment version are each kept as one shinrai-risk-method/1 or shinrai-risk-assessment/1 YAML
-- document, the same text as the export, with the columns needed to list and find them (docs/adr/0016).

create table remote_service (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id) on delete cascade,
    name            varchar(200)  not null,
    disclosure_series_id uuid,
    created_at      timestamp with time zone not null
);
create index remote_service_organisation on remote_service (organisation_id);
create index remote_service_disclosure on remote_service (disclosure_series_id);

-- An organisation's own risk methods, started from a built-in one. Assessments keep a copy, so a method can change.
create table risk_method (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id) on delete cascade,
    document        text          not null,
    updated_at      timestamp with time zone not null
);
create index risk_method_organisation on risk_method (organisation_id);

-- One row per version of an assessment; versions of one assessment share a series. Only a draft is ever updated;
-- an accepted version is frozen and a change to it is a new version.
create table risk_assessment (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id) on delete cascade,
    service_id       uuid          not null references remote_service (id) on delete cascade,
    hospital_id      uuid          references organisation (id) on delete set null,
    series_id        uuid          not null,
    version          integer       not null,
    state            varchar(16)   not null,
    document         text          not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    submitted_by     varchar(200),
    submitted_at     timestamp with time zone,
    decided_by       varchar(200),
    decided_at       timestamp with time zone,
    constraint risk_assessment_state check (state in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED')),
    constraint risk_assessment_version_unique unique (series_id, version)
);
create index risk_assessment_service on risk_assessment (organisation_id, service_id);
