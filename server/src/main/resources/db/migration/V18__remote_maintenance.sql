-- Remote maintenance (リモートメンテナンス): a vendor's request for a window on one system of a hospital's ledger and
-- the hospital's decision; the one-time tokens that open the relay, kept as SHA-256 hashes; what each relayed
-- connection did; and the terminals a hospital keeps in rooms with restricted, authenticated entry, where the
-- guideline counts the login as two-factor.

create table maintenance_window (
    id             uuid primary key,
    hospital_id    uuid          not null references organisation (id) on delete cascade,
    system_id      uuid          not null references inventory_system (id) on delete cascade,
    vendor_id      uuid          not null references organisation (id) on delete cascade,
    requested_by   uuid          not null references user_account (id),
    requested_at   timestamp with time zone not null,
    purpose        varchar(1000) not null,
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    target_host    varchar(253)  not null,
    target_port    integer       not null,
    method         varchar(200)  not null,
    emergency      boolean       not null,
    -- REQUESTED, APPROVED, REJECTED or STOPPED; an emergency window may be used while REQUESTED and is decided after
    status         varchar(20)   not null,
    decided_by     uuid          references user_account (id),
    decided_at     timestamp with time zone,
    constraint maintenance_window_order check (ends_at > starts_at)
);
create index maintenance_window_hospital on maintenance_window (hospital_id, starts_at);
create index maintenance_window_vendor on maintenance_window (vendor_id, starts_at);

create table maintenance_token (
    token_hash varchar(64) primary key,
    window_id  uuid not null references maintenance_window (id) on delete cascade,
    issued_to  uuid not null references user_account (id),
    issued_at  timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

create table maintenance_connection (
    id                uuid primary key,
    window_id         uuid         not null references maintenance_window (id) on delete cascade,
    engineer_id       uuid         not null references user_account (id),
    source            varchar(100) not null,
    opened_at         timestamp with time zone not null,
    closed_at         timestamp with time zone,
    bytes_from_client bigint       not null default 0,
    bytes_to_client   bigint       not null default 0,
    -- null while the connection is live
    outcome           varchar(20)
);
create index maintenance_connection_window on maintenance_connection (window_id, opened_at);

create table maintenance_terminal (
    id          uuid primary key,
    hospital_id uuid         not null references organisation (id) on delete cascade,
    address     varchar(45)  not null,
    room        varchar(200) not null,
    recorded_by uuid         not null references user_account (id),
    recorded_at timestamp with time zone not null,
    constraint maintenance_terminal_unique unique (hospital_id, address)
);
