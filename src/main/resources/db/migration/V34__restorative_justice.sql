-- Restorative justice with a victim (Victims' Code 2021; Restorative Justice Council practice): offered to the
-- victim and the child, the informed consent of each, the risk assessment before any direct meeting and a
-- manager's approval of it, the kind, the facilitator, the dates, the outcome and the victim's satisfaction, and
-- reparation hours against the order's contract or requirement. One per victim; only the victim module reads it.
create table restorative_justice (
    id                       uuid primary key,
    victim_id                uuid not null unique references victim (id),
    offence_id               uuid not null references offence (id),
    service_id               uuid not null references youth_justice_service (id),
    child_id                 uuid not null references child (id),
    offered_on               date not null,
    offered_how              text not null,
    offered_to_child_on      date,
    victim_consent           text,
    victim_consent_on        date,
    child_consent            text,
    child_consent_on         date,
    risk_assessed_on         date,
    risk_assessed_by         uuid references user_account (id),
    risk_summary             text,
    risk_approved_on         date,
    risk_approved_by         uuid references user_account (id),
    kind                     text,
    facilitator_id           uuid references user_account (id),
    planned_on               date,
    held_on                  date,
    outcome                  text,
    outcome_note             text,
    satisfaction             text,
    reparation_intervention_id uuid,
    reparation_requirement_id  uuid,
    reparation_hours_planned integer,
    reparation_hours_done    integer,
    version                  bigint not null default 0,
    created_at               timestamptz not null default now(),
    created_by               text not null,
    updated_at               timestamptz not null default now(),
    updated_by               text not null,
    constraint rj_victim_consent_ck check (victim_consent in ('GIVEN', 'REFUSED', 'WITHDRAWN')),
    constraint rj_child_consent_ck check (child_consent in ('GIVEN', 'REFUSED', 'WITHDRAWN')),
    constraint rj_hours_ck check (reparation_hours_done is null or reparation_hours_done >= 0)
);
create index restorative_justice_service_idx on restorative_justice (service_id, offered_on);
-- The managers' list: risk assessments waiting for approval.
create index restorative_justice_waiting_idx on restorative_justice (service_id)
    where risk_assessed_on is not null and risk_approved_on is null;
