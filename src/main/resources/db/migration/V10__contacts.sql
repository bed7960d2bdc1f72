-- Contacts with the child and compliance (domain reference 02 §6): appointments planned and then recorded
-- with who attended and the outcome; a warning for each unacceptable absence; compliance panels before any
-- breach. Scoped through the intervention (no service_id here): contacts move with their intervention when
-- a case is transferred between services.

create table contact (
    id              uuid primary key,
    intervention_id uuid not null references intervention (id),
    contact_date    date not null,
    contact_time    time,            -- UK local time
    type            text not null,
    place           text,
    expected        text,            -- who is expected (when planned)
    child_attended  boolean,
    parent_attended boolean,
    others_attended text,
    outcome         text,            -- null while it is only planned
    absence_reason  text,
    notes           text,
    created_at      timestamptz not null default now(),
    created_by      text not null,
    updated_at      timestamptz not null default now(),
    version         bigint not null default 0,
    constraint contact_type_ck check (type in
        ('OFFICE', 'HOME_VISIT', 'SCHOOL', 'COMMUNITY_VENUE', 'CUSTODY', 'PHONE', 'VIDEO')),
    constraint contact_outcome_ck check (outcome in ('ATTENDED', 'ACCEPTABLE_ABSENCE', 'UNACCEPTABLE_ABSENCE')),
    constraint contact_absence_reason_ck check (outcome is null or outcome = 'ATTENDED' or absence_reason is not null)
);
create index contact_intervention_idx on contact (intervention_id, contact_date);

-- One warning for one unacceptable absence.
create table contact_warning (
    id              uuid primary key,
    intervention_id uuid not null references intervention (id),
    contact_id      uuid not null unique references contact (id),
    given_on        date not null,
    given_by        text not null,
    method          text not null,
    recorded_at     timestamptz not null default now(),
    recorded_by     text not null,
    constraint contact_warning_method_ck check (method in ('LETTER', 'IN_PERSON'))
);
create index contact_warning_intervention_idx on contact_warning (intervention_id, given_on);

create table compliance_panel (
    id              uuid primary key,
    intervention_id uuid not null references intervention (id),
    held_on         date not null,
    decision        text not null,
    engagement      text not null,
    motivation      text not null,
    barriers        text not null,   -- what got in the way
    notes           text,
    recorded_at     timestamptz not null default now(),
    recorded_by     text not null,
    constraint compliance_panel_decision_ck check (decision in ('CONTINUE', 'CONTINUE_WITH_CHANGES', 'REFER_FOR_BREACH'))
);
create index compliance_panel_intervention_idx on compliance_panel (intervention_id, held_on);
