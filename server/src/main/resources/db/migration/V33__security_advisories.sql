-- Security advisories a manufacturer or service provider writes about its own products, often from a PSIRT report,
-- and publishes as CSAF 2.0 documents. What is being written is kept in the advisory and its product rows; every
-- publication is a revision that keeps the document exactly as it was served, so that what hospitals downloaded
-- can always be shown again.

create table security_advisory (
    id                   uuid          primary key,
    organisation_id      uuid          not null references organisation (id) on delete cascade,
    number               integer       not null,
    tracking_id          varchar(40)   not null,
    report_id            uuid          references vulnerability_report (id) on delete set null,
    category             varchar(20)   not null,
    title                varchar(200)  not null,
    description          text          not null,
    cve                  varchar(40),
    cvss31_vector        varchar(300),
    cvss4_vector         varchar(300),
    component_purl       varchar(1000),
    tlp                  varchar(10)   not null,
    remediation          varchar(30),
    remediation_details  varchar(4000),
    remediation_url      varchar(1000),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint security_advisory_number_unique unique (organisation_id, number),
    constraint security_advisory_tracking_unique unique (organisation_id, tracking_id),
    constraint security_advisory_category check (category in ('SECURITY_ADVISORY', 'VEX')),
    constraint security_advisory_tlp check (tlp in ('WHITE', 'GREEN', 'AMBER', 'RED'))
);

-- The product versions the advisory speaks of, with what it says of each (a CSAF product status).
create table security_advisory_version (
    advisory_id          uuid          not null references security_advisory (id) on delete cascade,
    product_version_id   uuid          not null references product_version (id) on delete cascade,
    state                varchar(30)   not null,
    justification        varchar(60),
    primary key (advisory_id, product_version_id)
);
create index security_advisory_version_version on security_advisory_version (product_version_id);

-- Each publication: the CSAF document as served, its SHA-256 and the summary of the change.
create table security_advisory_revision (
    advisory_id   uuid          not null references security_advisory (id) on delete cascade,
    number        integer       not null,
    summary       varchar(500)  not null,
    published_at  timestamp with time zone not null,
    document      bytea         not null,
    sha256        varchar(64)   not null,
    primary key (advisory_id, number)
);
