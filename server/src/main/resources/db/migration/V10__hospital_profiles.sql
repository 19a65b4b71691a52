-- A hospital's own requirement profiles, each version kept as the shinrai-profile/1 YAML it was saved as. Saving an
-- edit adds a version and never changes an earlier one, so whatever was judged under version 1 can still be traced
-- to the rules of version 1. The profile this one was copied from (basedOn) is part of the YAML.

create table hospital_profile (
    organisation_id   uuid          not null references organisation (id) on delete cascade,
    profile_id        varchar(64)   not null,
    version           integer       not null,
    catalogue_id      varchar(64)   not null,
    catalogue_version varchar(40)   not null,
    yaml              text          not null,
    saved_at          timestamp with time zone not null,
    saved_by          uuid          references user_account (id) on delete set null,
    saved_by_name     varchar(200)  not null,
    primary key (organisation_id, profile_id, version)
);

-- Which profile a hospital applies to the disclosures answering a catalogue version, for its standard systems and
-- for its critical-infrastructure systems. Without a row the built-in profile applies. A profile of the hospital's
-- own is named by its id alone (library_version is null) and applies at its latest version; one of the
-- installation's profiles by id and version. Gaps are computed from this when they are read, never stored; who
-- changed a choice is in the activity log.

create table hospital_profile_choice (
    organisation_id   uuid          not null references organisation (id) on delete cascade,
    catalogue_id      varchar(64)   not null,
    catalogue_version varchar(40)   not null,
    criticality       varchar(16)   not null,
    profile_id        varchar(64)   not null,
    library_version   varchar(40),
    primary key (organisation_id, catalogue_id, catalogue_version, criticality),
    constraint hospital_profile_choice_criticality check (criticality in ('STANDARD', 'CRITICAL'))
);
