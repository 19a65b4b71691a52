-- An organisation's own catalogues of assets, threats and vulnerabilities, each kept as its shinrai-risk-catalogue/1
-- YAML like the methods (docs/adr/0019). Assessments keep a copy, so a catalogue can change.
create table risk_catalogue (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id) on delete cascade,
    document        text          not null,
    updated_at      timestamp with time zone not null
);
create index risk_catalogue_organisation on risk_catalogue (organisation_id);

-- The catalogue an organisation's new assessments start with; no row means the built-in one.
create table risk_catalogue_default (
    organisation_id uuid primary key references organisation (id) on delete cascade,
    catalogue_id    uuid not null references risk_catalogue (id) on delete cascade
);
