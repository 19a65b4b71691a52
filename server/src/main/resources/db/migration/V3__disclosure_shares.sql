-- A published disclosure shared with a hospital on the platform. The hospital sees it until the share is revoked.

create table disclosure_share (
    disclosure_id uuid not null references disclosure (id) on delete cascade,
    recipient_id  uuid not null references organisation (id) on delete cascade,
    shared_at     timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    primary key (disclosure_id, recipient_id)
);
create index disclosure_share_recipient on disclosure_share (recipient_id);
