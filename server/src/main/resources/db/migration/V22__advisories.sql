-- Advisories as the platform holds them, one revision per id (the latest modified), whatever format they came in:
-- body is the advisory in Shinrai's own JSON form, so that readers of new formats need no new table. The package
-- keys and CPE products an advisory names are kept beside it, so that the components to match it against are
-- found by a join. Every import is kept with what it changed.

create table advisory_source (
    id         uuid primary key,
    name       varchar(200)  not null,
    format     varchar(20)   not null,
    url        varchar(2000),
    created_at timestamp with time zone not null,
    constraint advisory_source_name_unique unique (name)
);

create table advisory (
    id        varchar(255) primary key,
    source_id uuid         not null references advisory_source (id),
    modified  timestamp with time zone not null,
    withdrawn boolean      not null,
    aliases   varchar(8192),
    summary   varchar(8192),
    body      text         not null
);
create index advisory_source_modified on advisory (source_id, modified);

create table advisory_package (
    advisory_id varchar(255)  not null references advisory (id) on delete cascade,
    package_key varchar(1024) not null,
    primary key (advisory_id, package_key)
);
create index advisory_package_key on advisory_package (package_key);

-- "vendor:product" of each vulnerable CPE criterion, or '*' for criteria with a wildcard vendor or product
create table advisory_cpe (
    advisory_id varchar(255)  not null references advisory (id) on delete cascade,
    product_key varchar(1024) not null,
    primary key (advisory_id, product_key)
);
create index advisory_cpe_product on advisory_cpe (product_key);

create table advisory_import (
    id          uuid primary key,
    source_id   uuid          not null references advisory_source (id),
    file_name   varchar(500)  not null,
    added       integer       not null,
    replaced    integer       not null,
    unchanged   integer       not null,
    skipped     integer       not null,
    problems    text,
    imported_by varchar(254)  not null,
    imported_at timestamp with time zone not null
);
create index advisory_import_time on advisory_import (imported_at);
