-- A published inspection of a youth justice service, entered from the inspectorate's report: its organisational
-- ratings, its key questions' percentages and the ratings it published, so Desist can show the ratings its own
-- rules give beside them (issue 15). The figures are held as the report gives them, keyed by the framework
-- version's numbers (e.g. "2.1.1"); the framework version is reference data in the application.
create table published_inspection (
    id                  uuid primary key,
    service_id          uuid not null references youth_justice_service (id),
    framework_id        text not null,
    title               text not null,
    published_on        date not null,
    report_url          text,
    organisational      jsonb not null,
    key_questions       jsonb not null,
    published_standards jsonb not null,
    published_overall   text not null,
    created_at          timestamptz not null default now(),
    created_by          text not null,
    updated_at          timestamptz not null default now(),
    updated_by          text not null,
    version             bigint not null default 0
);

create index published_inspection_service_idx on published_inspection (service_id, published_on desc);
