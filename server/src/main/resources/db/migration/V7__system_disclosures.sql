-- The disclosures a hospital has received for a system of its ledger, each kept as it was received (its
-- shinrai-disclosure/1 JSON), so that the history stays whole when a share is revoked or the vendor revises.
-- A disclosure comes either from a platform share (shared_disclosure_id) or from a vendor's file (file_name).

create table system_disclosure (
    id                   uuid primary key,
    organisation_id      uuid          not null references organisation (id) on delete cascade,
    system_id            uuid          not null references inventory_system (id) on delete cascade,
    shared_disclosure_id uuid          references disclosure (id) on delete set null,
    publisher            varchar(200),
    file_name            varchar(255),
    document_id          varchar(200)  not null,
    catalogue_id         varchar(64)   not null,
    catalogue_version    varchar(40)   not null,
    revision             integer,
    document             text          not null,
    received_at          timestamp with time zone not null,
    received_by          uuid          references user_account (id) on delete set null
);
create index system_disclosure_system on system_disclosure (system_id, received_at);
create index system_disclosure_organisation on system_disclosure (organisation_id);
