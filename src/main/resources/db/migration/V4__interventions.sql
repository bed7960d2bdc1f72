-- Interventions: a child's pieces of supervised work (prevention, out-of-court, remand or bail support,
-- court orders), their case manager allocations and linked offences.
create table intervention (
    id               uuid primary key,
    service_id       uuid not null references youth_justice_service (id),
    host_service_id  uuid references youth_justice_service (id),
    child_id         uuid not null references child (id),
    type             text not null,
    start_date       date not null,
    end_date         date,
    status           text not null,
    closure_reason   text,
    exit_strategy    text,
    closed_on        date,
    case_manager_id  uuid references user_account (id),
    created_at       timestamptz not null,
    created_by       text not null,
    version          bigint not null default 0,
    constraint intervention_status_ck check (status in ('REFERRED', 'ACTIVE', 'CLOSED'))
);
create index intervention_child_idx on intervention (child_id, start_date desc);

create table intervention_allocation (
    intervention_id uuid not null references intervention (id),
    case_manager_id uuid not null references user_account (id),
    allocated_on    date not null,
    allocated_by    text not null,
    allocated_at    timestamptz not null default now()
);
create index intervention_allocation_idx on intervention_allocation (intervention_id, allocated_at);

create table intervention_offence (
    intervention_id uuid not null references intervention (id),
    offence_id      uuid not null references offence (id),
    primary key (intervention_id, offence_id)
);
