-- A manufacturer's evidence of conformity to JIS T 81001-5-1 per product version: for each activity (an item of a
-- lifecycle-evidence catalogue) its status, the person responsible, remarks, and the files and links that show it.
-- The responsible person is a name as written; responsible_user_id is set when that name is a member's, so that the
-- page can show the member's current name. carried_over_from names the earlier version an activity was copied from;
-- it is cleared as soon as someone confirms or edits the activity for this version.

create table conformity_activity (
    product_version_id  uuid          not null references product_version (id) on delete cascade,
    catalogue_id        varchar(64)   not null,
    item_ref            varchar(40)   not null,
    status              varchar(20)   not null,
    responsible_name    varchar(200),
    responsible_user_id uuid          references user_account (id) on delete set null,
    remarks             varchar(4000),
    carried_over_from   uuid          references product_version (id) on delete set null,
    updated_by          varchar(254)  not null,
    updated_at          timestamp with time zone not null,
    primary key (product_version_id, catalogue_id, item_ref),
    constraint conformity_activity_status check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE'))
);

-- An uploaded file (documents, test reports) or a link (http or https only). A carried-over file is the same
-- attachment as the earlier version's; it is deleted with the last evidence entry that refers to it.
create table conformity_evidence (
    id                 uuid primary key,
    product_version_id uuid          not null,
    catalogue_id       varchar(64)   not null,
    item_ref           varchar(40)   not null,
    attachment_id      uuid          references attachment (id) on delete cascade,
    url                varchar(2000),
    label              varchar(200),
    added_by           varchar(254)  not null,
    added_at           timestamp with time zone not null,
    foreign key (product_version_id, catalogue_id, item_ref)
        references conformity_activity (product_version_id, catalogue_id, item_ref) on delete cascade,
    constraint conformity_evidence_file_or_link check ((attachment_id is null and url is not null)
                                                       or (attachment_id is not null and url is null))
);
create index conformity_evidence_activity on conformity_evidence (product_version_id, catalogue_id, item_ref);
create index conformity_evidence_attachment on conformity_evidence (attachment_id);
