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

-- The MHLW cybersecurity checklist (医療機関におけるサイバーセキュリティ対策チェックリスト), one round per fiscal year
-- (年度, April to March) of a hospital. A round holds the hospital's own form (医療機関確認用, no system) and the vendors'
-- forms (事業者確認用), one per system of the ledger: recorded from paper by the hospital, or linked to a disclosure
-- the vendor published and shared, whose answers are then read from the disclosure and not kept here.

create table checklist_round (
    id              uuid primary key,
    organisation_id uuid    not null references organisation (id) on delete cascade,
    fiscal_year     integer not null,
    created_at      timestamp with time zone not null,
    constraint checklist_round_year unique (organisation_id, fiscal_year)
);

create table checklist (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id) on delete cascade,
    round_id          uuid        not null references checklist_round (id) on delete cascade,
    system_id         uuid        references inventory_system (id) on delete cascade,
    catalogue_id      varchar(64) not null,
    catalogue_version varchar(40) not null,
    disclosure_id     uuid        references disclosure (id) on delete cascade,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint checklist_system_once unique (round_id, system_id)
);
create index checklist_organisation on checklist (organisation_id);

-- はい or いいえ with the dates the form asks for: 確認日 (checked on) and, for いいえ, 目標日 (target).
create table checklist_answer (
    checklist_id uuid          not null references checklist (id) on delete cascade,
    item_ref     varchar(40)   not null,
    answer       varchar(16),
    checked_on   date,
    target_on    date,
    remarks      varchar(4000),
    primary key (checklist_id, item_ref),
    constraint checklist_answer_value check (answer in ('YES', 'NO'))
);

create table checklist_evidence (
    checklist_id  uuid        not null references checklist (id) on delete cascade,
    item_ref      varchar(40) not null,
    attachment_id uuid        not null references attachment (id) on delete cascade,
    primary key (checklist_id, attachment_id)
);

-- Which overdue item each person was told about, and on which day (Japan time): at most one mail per item and day,
-- also across restarts.
create table checklist_reminder_sent (
    user_id      uuid        not null references user_account (id) on delete cascade,
    checklist_id uuid        not null references checklist (id) on delete cascade,
    item_ref     varchar(40) not null,
    sent_on      date        not null,
    primary key (user_id, checklist_id, item_ref, sent_on)
);
