-- A hospital's ledger of medical information systems and devices (医療情報システム台帳). The vendor is free text
-- as the hospital writes it, linked to the vendor's organisation when that is on the platform. Whether a system is
-- in the critical-infrastructure scope is not stored: it follows from its category and the hospital's flags.

create table inventory_system (
    id                     uuid primary key,
    organisation_id        uuid          not null references organisation (id) on delete cascade,
    name                   varchar(200)  not null,
    name_key               varchar(200)  not null,
    category               varchar(40)   not null,
    vendor                 varchar(200),
    vendor_organisation_id uuid          references organisation (id) on delete set null,
    product                varchar(200),
    product_version        varchar(100),
    department             varchar(200),
    location               varchar(200),
    network_segment        varchar(100),
    remote_maintenance     boolean       not null,
    remote_method          varchar(200),
    installed_on           date,
    owner                  varchar(200),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    constraint inventory_system_name_unique unique (organisation_id, name_key)
);
create index inventory_system_vendor on inventory_system (vendor_organisation_id);
