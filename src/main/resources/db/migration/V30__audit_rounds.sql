-- Audit rounds (issue 15): a mock inspection (court and out-of-court work together) or a themed audit of a service,
-- with the case sample drawn as HM Inspectorate of Probation draws one. The framework version is reference data in
-- the application. `domains` holds, per kind of work drawn, the eligibility window used, the eligible population,
-- the formula's sample size and the number drawn; `organisational` the domain 1 judgements with their evidence,
-- keyed by the framework's standard numbers (e.g. "1.1").
create table audit_round (
    id             uuid primary key,
    service_id     uuid not null references youth_justice_service (id),
    kind           text not null,
    title          text not null,
    scope          text not null,
    framework_id   text not null,
    fieldwork_date date not null,
    seed           bigint not null,
    domains        jsonb not null,
    organisational jsonb not null default '{}',
    created_at     timestamptz not null default now(),
    created_by     text not null,
    updated_at     timestamptz not null default now(),
    updated_by     text not null,
    version        bigint not null default 0,
    constraint audit_round_kind_ck check (kind in ('MOCK_INSPECTION', 'THEMED_AUDIT')),
    constraint audit_round_scope_ck check (scope in ('COURT', 'OUT_OF_COURT', 'BOTH'))
);
create index audit_round_service_idx on audit_round (service_id, fieldwork_date desc);

-- The eligible population at the draw, each case with its stratum as it stood then, so the proportions shown later
-- are those the draw used and a replacement comes from the same population. A case is ELIGIBLE (not drawn),
-- SAMPLED, or REPLACED (drawn, then found unsuitable: kept, with the reason and the case that replaced it).
create table audit_round_case (
    round_id             uuid not null references audit_round (id),
    intervention_id      uuid not null references intervention (id),
    child_id             uuid not null references child (id),
    work                 text not null,
    start_date           date not null,
    case_manager_id      uuid,
    gender               text not null,
    disposal_type        text not null,
    rosh                 text not null,
    safety_and_wellbeing text not null,
    status               text not null default 'ELIGIBLE',
    position             integer,
    replaced_by          uuid,
    replacement_reason   text,
    auditor_id           uuid references user_account (id),
    primary key (round_id, intervention_id),
    constraint audit_round_case_work_ck check (work in ('COURT', 'OUT_OF_COURT')),
    constraint audit_round_case_status_ck check (status in ('ELIGIBLE', 'SAMPLED', 'REPLACED')),
    constraint audit_round_case_replaced_ck check (status <> 'REPLACED' or replacement_reason is not null)
);
create index audit_round_case_sampled_idx on audit_round_case (round_id) where status <> 'ELIGIBLE';
