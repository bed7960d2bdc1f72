-- Plans (domain reference 02 §5): a plan follows each submitted assessment of an intervention; a plan agreed
-- for a later assessment supersedes the previous one, which is kept. Scoped through the intervention (and so
-- its child): no service_id here. Victims appear only as text about needs and protection, never by name.
create table plan (
    id                  uuid primary key,
    intervention_id     uuid not null references intervention (id),
    child_id            uuid not null references child (id),
    assessment_id       uuid not null references assessment (id),
    status              text not null default 'DRAFT',
    -- the three strands: what the plan aims for
    desistance_aim      text,
    child_safety_aim    text,
    others_safety_aim   text,
    -- victims: needs and wishes, and actions to protect actual and potential victims (no names or contacts)
    victims_needs       text,
    victim_protection   text,
    -- contingency arrangements: what happens if ...
    contingencies       text[] not null default '{}',
    -- involvement and views
    child_views         text,
    parents_views       text,
    -- agreement
    agreed_on           date,
    agreed_by           text,
    child_involved      boolean,
    parents_involved    boolean,
    agreement_recorded_by text,
    superseded_on       date,
    superseded_by       uuid references plan (id),
    created_at          timestamptz not null,
    created_by          text not null,
    version             bigint not null default 0,
    constraint plan_status_ck check (status in ('DRAFT', 'AGREED', 'SUPERSEDED'))
);
create index plan_intervention_idx on plan (intervention_id, created_at desc);
create index plan_child_idx on plan (child_id);
create unique index plan_one_draft_idx on plan (intervention_id) where status = 'DRAFT';

-- Other agencies' plans the plan must align with: referenced, not copied.
create table plan_other_plan (
    id          bigserial primary key,
    plan_id     uuid not null references plan (id),
    position    int not null,
    kind        text not null,
    reference   text not null,
    agency      text not null,
    dated       date,
    constraint plan_other_plan_kind_ck
        check (kind in ('CARE_PLAN', 'PATHWAY_PLAN', 'CHILD_PROTECTION_PLAN', 'EDUCATION_PLAN', 'OTHER'))
);
create index plan_other_plan_idx on plan_other_plan (plan_id, position);

-- The plan's actions: owned by a person of the service or a named agency.
create table plan_action (
    id                  uuid primary key,
    plan_id             uuid not null references plan (id),
    child_id            uuid not null references child (id),
    strand              text not null,
    description         text not null,
    owner_staff_id      uuid,
    owner_agency        text,
    due_date            date not null,
    status              text not null default 'NOT_STARTED',
    stopped_reason      text,
    status_changed_on   date,
    status_changed_by   text,
    created_at          timestamptz not null,
    created_by          text not null,
    version             bigint not null default 0,
    constraint plan_action_strand_ck check (strand in ('DESISTANCE', 'CHILD_SAFETY', 'OTHERS_SAFETY')),
    constraint plan_action_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'STOPPED')),
    constraint plan_action_owner_ck check ((owner_staff_id is null) <> (owner_agency is null)),
    constraint plan_action_stopped_ck check (status <> 'STOPPED' or stopped_reason is not null)
);
create index plan_action_plan_idx on plan_action (plan_id, created_at);
create index plan_action_child_idx on plan_action (child_id);
