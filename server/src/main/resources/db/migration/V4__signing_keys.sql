-- An organisation's ECDSA P-384 signing key and certificates, with which the server signs the disclosures it
-- exports for the organisation. One key is current; replaced keys are kept, retired, so that a signature made
-- earlier is still recognised as the organisation's.

create table signing_key (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id) on delete cascade,
    private_key_pem  text          not null,
    certificates_pem text          not null,
    fingerprint      varchar(64)   not null,
    created_at       timestamp with time zone not null,
    retired_at       timestamp with time zone
);
create index signing_key_organisation on signing_key (organisation_id);
create index signing_key_fingerprint on signing_key (fingerprint);
