-- Reviews (domain reference 02 §7): an intervention is reviewed at a set interval and whenever something
-- significant changes. Scoped through the intervention (no service_id here; child_id for the chronology): reviews and their triggers move
-- with their intervention when a case is transferred between services.

create table review (
    id                        uuid primary key,
    intervention_id           uuid not null references intervention (id),
    child_id                  uuid not null references child (id),
    reviewed_on               date not null,
    what_changed              text not null,
    child_views               text not null,
    parents_views             text not null,
    agencies                  text,
    agency_information        text,
    plan_changed              boolean not null,
    plan_change               text,
    plan_unchanged_reason     text,
    assessment_needs_updating boolean not null,
    recorded_at               timestamptz not null default now(),
    recorded_by               text not null,
    constraint review_plan_ck check (
        (plan_changed and plan_change is not null) or (not plan_changed and plan_unchanged_reason is not null))
);
create index review_intervention_idx on review (intervention_id, reviewed_on);

-- What calls for a review of one intervention, with the reason kept, until a review answers it.
create table review_trigger (
    id               uuid primary key,
    intervention_id  uuid not null references intervention (id),
    child_id         uuid not null references child (id),
    kind             text not null,
    reason           text not null,
    occurred_on      date not null,
    source_record_id uuid,           -- the offence, assessment's intervention, etc. it came from
    raised_at        timestamptz not null default now(),
    raised_by        text not null,
    answered_by      uuid references review (id),
    constraint review_trigger_kind_ck check (kind in ('NEW_OFFENCE', 'CLASSIFICATION_CHANGED',
        'CASE_MANAGER_CHANGED', 'CIRCUMSTANCES_CHANGED', 'ENTERED_CUSTODY', 'RELEASED_FROM_CUSTODY',
        'SERIOUS_INCIDENT'))
);
create index review_trigger_intervention_idx on review_trigger (intervention_id, occurred_on);
