-- Closure (domain reference 02 §9): the child's and parents'/carers' feedback, and a manager's override when
-- an intervention is closed while some of its due items are still open (who, why, and which items).
alter table intervention
    add column child_feedback           text,
    add column parents_feedback         text,
    add column closure_override_by      text,
    add column closure_override_reason  text,
    add column closure_override_items   text;   -- the open items overridden, one per line, as the manager saw them

-- Management oversight of an intervention (domain reference 02 §4; 04, "was management oversight
-- sufficient?"): what the manager looked at, their judgement, the direction and actions given, and when it is
-- next due. Scoped through the intervention (no service_id): it moves with the intervention on a transfer.
create table oversight (
    id              uuid primary key,
    intervention_id uuid not null references intervention (id),
    child_id        uuid not null references child (id),
    recorded_on     date not null,
    manager_id      uuid not null references user_account (id),
    areas           text not null,   -- comma-separated OversightArea names
    judgement       text not null,
    direction       text,
    actions         text,
    actions_due     date,
    next_due        date not null,
    recorded_at     timestamptz not null default now(),
    recorded_by     text not null,
    version         bigint not null default 0,
    constraint oversight_judgement_ck check (judgement in ('SUFFICIENT', 'NEEDS_ACTION'))
);
create index oversight_intervention_idx on oversight (intervention_id, recorded_on desc);
create index oversight_child_idx on oversight (child_id);
