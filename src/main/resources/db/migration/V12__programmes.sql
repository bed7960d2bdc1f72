-- Programmes and referrals to specialists and partners (domain reference 02 §6).
-- The catalogue belongs to a youth justice service: it is the service's offer, not part of a child's record,
-- so it stays with the service when a case is transferred. Enrolments, their sessions and specialist
-- referrals are scoped through the intervention (no service_id): they move with it.

create table programme (
    id               uuid primary key,
    service_id       uuid not null references youth_justice_service (id),
    name             text not null,
    delivery         text not null,
    topic            text not null,
    sessions_planned integer not null,
    description      text,
    active           boolean not null default true,
    created_at       timestamptz not null default now(),
    created_by       text not null,
    updated_at       timestamptz not null default now(),
    version          bigint not null default 0,
    constraint programme_delivery_ck check (delivery in ('ONE_TO_ONE', 'GROUP')),
    constraint programme_topic_ck check (topic in ('KNIFE_CRIME', 'THINKING_SKILLS', 'GIRLS_GROUP',
        'EMOTIONAL_WELLBEING', 'SUBSTANCE_MISUSE', 'PARENTING', 'MENTORING', 'REPARATION', 'RESTORATIVE_JUSTICE',
        'OTHER')),
    constraint programme_sessions_ck check (sessions_planned between 1 and 200)
);
create unique index programme_service_name_uq on programme (service_id, lower(name));

-- A child's intervention enrolled on a programme of the service: who delivers it, its sessions and how it ended.
create table programme_enrolment (
    id                   uuid primary key,
    intervention_id      uuid not null references intervention (id),
    programme_id         uuid not null references programme (id),
    start_date           date not null,
    delivered_by         text not null,
    completion           text,            -- null while it is ongoing
    completed_on         date,
    not_completed_reason text,
    created_at           timestamptz not null default now(),
    created_by           text not null,
    completed_by         text,
    updated_at           timestamptz not null default now(),
    version              bigint not null default 0,
    constraint programme_enrolment_completion_ck check (completion in ('COMPLETED', 'NOT_COMPLETED')),
    constraint programme_enrolment_ended_ck check ((completion is null) = (completed_on is null)),
    constraint programme_enrolment_reason_ck check (completion is distinct from 'NOT_COMPLETED'
        or not_completed_reason is not null)
);
create index programme_enrolment_intervention_idx on programme_enrolment (intervention_id, start_date);

create table programme_session (
    id           uuid primary key,
    enrolment_id uuid not null references programme_enrolment (id),
    session_date date not null,
    attendance   text not null,
    notes        text,
    recorded_at  timestamptz not null default now(),
    recorded_by  text not null,
    constraint programme_session_attendance_ck check (attendance in
        ('ATTENDED', 'ACCEPTABLE_ABSENCE', 'UNACCEPTABLE_ABSENCE'))
);
create index programme_session_enrolment_idx on programme_session (enrolment_id, session_date);

-- A referral to a specialist or partner (never the victim service: victims are kept apart from the child).
create table specialist_referral (
    id              uuid primary key,
    intervention_id uuid not null references intervention (id),
    agency          text not null,
    organisation    text,
    referred_on     date not null,
    reason          text not null,
    outcome         text not null default 'AWAITING',
    outcome_on      date,
    outcome_notes   text,
    created_at      timestamptz not null default now(),
    created_by      text not null,
    outcome_by      text,
    updated_at      timestamptz not null default now(),
    version         bigint not null default 0,
    constraint specialist_referral_agency_ck check (agency in ('CAMHS_HEALTH', 'SUBSTANCE_MISUSE_SERVICE',
        'SPEECH_AND_LANGUAGE_THERAPY', 'EDUCATIONAL_PSYCHOLOGY', 'ETE_PROVIDER', 'HOUSING', 'MENTORING',
        'PARENTING_SUPPORT', 'OTHER')),
    constraint specialist_referral_outcome_ck check (outcome in ('AWAITING', 'ACCEPTED', 'DECLINED', 'ENGAGED',
        'COMPLETED', 'DID_NOT_ENGAGE')),
    constraint specialist_referral_outcome_on_ck check ((outcome = 'AWAITING') = (outcome_on is null))
);
create index specialist_referral_intervention_idx on specialist_referral (intervention_id, referred_on);
