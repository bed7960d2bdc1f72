-- A case audit against the inspectorate's standards (HMIP standards 2018; issue 15): one case (intervention) of a
-- service audited with one framework version, by a manager or QA lead who neither holds nor directly manages the
-- case. Prompts and key-question judgements are JSON objects keyed by the framework version's numbers (e.g.
-- "2.1.1a", "2.1.1"); the framework itself is reference data in the application. A completed audit is not edited;
-- the audited case manager acknowledges it once and may reply. round_id names an audit round (V30), when one.
create table case_audit (
    id                     uuid primary key,
    service_id             uuid not null references youth_justice_service (id),
    intervention_id        uuid not null,
    child_id               uuid not null,
    round_id               uuid,
    framework_id           text not null,
    case_work              text not null,
    auditor_id             uuid not null references user_account (id),
    case_manager_id        uuid references user_account (id),
    status                 text not null,
    prompts                jsonb not null default '{}',
    judgements             jsonb not null default '{}',
    safety_agreed          boolean,
    safety_note            text,
    rosh_agreed            boolean,
    rosh_note              text,
    oversight_sufficient   boolean,
    oversight_note         text,
    started_on             date not null,
    completed_on           date,
    acknowledged_on        date,
    reply                  text,
    created_at             timestamptz not null default now(),
    created_by             text not null,
    updated_at             timestamptz not null default now(),
    updated_by             text not null,
    version                bigint not null default 0
);

create index case_audit_service_idx on case_audit (service_id, status, completed_on desc);
create index case_audit_case_manager_idx on case_audit (case_manager_id, status);
create index case_audit_intervention_idx on case_audit (intervention_id);
create index case_audit_round_idx on case_audit (round_id) where round_id is not null;
