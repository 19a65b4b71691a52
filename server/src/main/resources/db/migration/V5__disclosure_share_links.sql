-- A published disclosure shared by link, for readers without an account on the platform. The link carries a random
-- token of which only the SHA-256 is kept. It works until it expires or is revoked; every use is counted.

create table disclosure_share_link (
    id            uuid         primary key,
    disclosure_id uuid         not null references disclosure (id) on delete cascade,
    token_hash    varchar(64)  not null,
    label         varchar(200) not null,
    created_by    uuid         not null references user_account (id),
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    revoked_by    uuid         references user_account (id),
    last_used_at  timestamp with time zone,
    use_count     integer      not null default 0,
    constraint disclosure_share_link_token_unique unique (token_hash)
);
create index disclosure_share_link_disclosure on disclosure_share_link (disclosure_id);
