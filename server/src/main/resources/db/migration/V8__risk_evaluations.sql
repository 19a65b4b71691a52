-- A hospital's risk evaluation of a gap: an item of a disclosure received for a system whose answer its
-- requirement profile does not accept (guideline 7.0: every いいえ needs one the hospital can explain at the
-- on-site inspection). Every change is a new version, so the history of decisions is kept whole.

create table risk_evaluation (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id) on delete cascade,
    system_id       uuid          not null references inventory_system (id) on delete cascade,
    catalogue_id    varchar(64)   not null,
    item_ref        varchar(64)   not null,
    version         integer       not null,
    decision        varchar(16)   not null,
    rationale       text          not null,
    controls        text,
    owner           varchar(200),
    due_on          date,
    next_review_on  date,
    status          varchar(16)   not null,
    comment         text,
    recorded_at     timestamp with time zone not null,
    recorded_by     uuid          references user_account (id) on delete set null,
    recorded_by_name varchar(200) not null,
    constraint risk_evaluation_version_unique unique (system_id, catalogue_id, item_ref, version),
    constraint risk_evaluation_decision check (decision in ('ACCEPT', 'MITIGATE', 'AVOID', 'TRANSFER')),
    constraint risk_evaluation_status check (status in ('PROPOSED', 'APPROVED', 'RETURNED'))
);
create index risk_evaluation_organisation on risk_evaluation (organisation_id, system_id);
