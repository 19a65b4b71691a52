-- The remote maintenance SLA terms of a service (one set per service, edited in place), kept as the JSON of core's
-- SlaTerms; the agreement's text is made from them whenever it is downloaded, in Japanese or English.

create table remote_service_sla (
    service_id uuid primary key references remote_service (id) on delete cascade,
    terms      text not null,
    updated_at timestamp with time zone not null
);
