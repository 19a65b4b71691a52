-- The audit record repository (IHE ATNA, ISO 27789): every audit message received, byte for byte, in one
-- SHA-256 hash chain. Records are only ever appended; sequence numbers are given by the server under the lock of
-- the chain's head, so they have no gaps and a missing number means a deleted record.
-- Records name their organisation without a foreign key: deleting an organisation must not cut the chain.

create table audit_record (
    sequence             bigint primary key,
    recorded_at          timestamp with time zone not null,
    organisation_id      uuid,
    origin               varchar       not null,
    format               varchar(20)   not null,
    validity             varchar(20)   not null,
    problems             varchar       not null,
    event_id             varchar,
    event_system         varchar,
    event_types          varchar       not null,
    action               varchar,
    outcome              varchar(20),
    event_time           timestamp with time zone,
    user_id              varchar,
    user_name            varchar,
    network_access_point varchar,
    source_id            varchar,
    site_id              varchar,
    patient_ids          varchar       not null,
    object_ids           varchar       not null,
    raw                  bytea         not null,
    previous_hash        varchar(64)   not null,
    hash                 varchar(64)   not null
);
create index audit_record_organisation_time on audit_record (organisation_id, recorded_at);
create index audit_record_user on audit_record (organisation_id, user_id);
create index audit_record_event on audit_record (organisation_id, event_id);

-- The patients and other objects each record names, to find records by them; the record itself keeps them too,
-- under its hash.
create table audit_record_object (
    sequence  bigint  not null references audit_record (sequence) on delete cascade,
    object_id varchar not null,
    patient   boolean not null
);
create index audit_record_object_id on audit_record_object (object_id);
create index audit_record_object_sequence on audit_record_object (sequence);

-- The newest record of the chain. Appending locks this one row, which orders all writers.
create table audit_chain_head (
    id       int primary key,
    sequence bigint      not null,
    hash     varchar(64) not null
);
insert into audit_chain_head (id, sequence, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The repository's own ECDSA P-384 key, which signs checkpoints and deletion markers.
create table audit_key (
    id               int primary key,
    private_key_pem  text        not null,
    certificates_pem text        not null,
    fingerprint      varchar(64) not null,
    created_at       timestamp with time zone not null
);

-- Signed statements that record <sequence> had <hash>.
create table audit_checkpoint (
    sequence  bigint primary key,
    hash      varchar(64) not null,
    signed_at timestamp with time zone not null,
    signature bytea       not null
);

-- Signed statements that records 1 to <last_sequence> were deleted at the end of their retention.
create table audit_deletion (
    last_sequence bigint primary key,
    last_hash     varchar(64) not null,
    signed_at     timestamp with time zone not null,
    signature     bytea       not null
);
