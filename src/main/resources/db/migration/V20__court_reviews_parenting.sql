-- Issue 5 items 7, 8, 10 and "later court dates passed to the social worker" (domain reference 03 "Police
-- station and court", "Reviews and meetings", "Parenting"). Additive only: no existing row changes meaning.

-- When and how the social worker was told of a court date (03: "the YOS makes sure the social worker knows every
-- court date"; "Remands" 6). Meets the due item court-date-shared-with-social-worker of the appearance.
create table court_date_shared (
    id             uuid primary key,
    appearance_id  uuid not null references court_appearance (id),
    hearing_date   date not null,
    told_on        date not null,
    told_how       text not null,
    told_who       text not null,
    recorded_at    timestamptz not null default now(),
    recorded_by    text not null,
    constraint court_date_shared_how_ck check (told_how in ('PHONE', 'SECURE_EMAIL', 'IN_PERSON', 'MEETING', 'LETTER'))
);
create index court_date_shared_appearance_idx on court_date_shared (appearance_id);

-- Who accompanied the child at court (03: YOS staff cannot act in loco parentis; the social worker always
-- accompanies a looked-after child to the Crown Court, their manager in an emergency or when the carer is the victim).
alter table court_appearance
    add column accompanied_by        text,
    add column accompanied_by_name   text,
    add column accompaniment_reason  text,
    add constraint court_appearance_accompanied_ck check (accompanied_by is null or accompanied_by in
        ('SOCIAL_WORKER', 'SOCIAL_WORKER_MANAGER', 'PARENT', 'CARER', 'RESIDENTIAL_WORKER', 'NOBODY'));

-- A report written where the court is considering a parenting order (03 "Parenting": a parenting assessment trigger).
alter table court_report add column parenting_order_considered boolean not null default false;

-- Social care at a referral order panel of a looked-after child (03 "Police station and court").
create table panel_social_care (
    panel_id            uuid primary key references youth_offender_panel (id),
    invited_on          date not null,
    invited_who         text not null,
    time_set            text not null,
    time_note           text,
    attended            text not null,
    attended_name       text,
    recorded_at         timestamptz not null default now(),
    recorded_by         text not null,
    constraint panel_social_care_time_ck check (time_set in ('AGREED_WITH_SOCIAL_WORKER', 'VICTIM_WISHES_FIRST')),
    constraint panel_social_care_victim_note_ck check (time_set <> 'VICTIM_WISHES_FIRST' or time_note is not null),
    constraint panel_social_care_attended_ck check (attended in ('SOCIAL_WORKER', 'SOMEONE_ELSE', 'NOBODY')),
    constraint panel_social_care_name_ck check (attended <> 'SOMEONE_ELSE' or attended_name is not null)
);

-- The allocated social worker's invitation to a review (03 "Reviews and meetings").
alter table review
    add column social_worker_invited  text,
    add column social_worker_invited_on date,
    add column social_worker_invited_how text,
    add column social_worker_not_invited_reason text,
    add constraint review_social_worker_invited_ck check (social_worker_invited is null or social_worker_invited in
        ('INVITED', 'NO_SOCIAL_WORKER', 'NOT_INVITED'));

-- Pathway plan reviews and multi-agency planning (MAP) meetings join the meeting types (03 "Reviews and meetings").
alter table multi_agency_meeting drop constraint meeting_type_ck;
alter table multi_agency_meeting add constraint meeting_type_ck check (type in ('MARAC', 'EXPLOITATION_PANEL',
    'TEAM_AROUND_THE_CHILD', 'STRATEGY_MEETING', 'CHILD_PROTECTION_CONFERENCE', 'CORE_GROUP', 'CHILDREN_IN_CARE_REVIEW',
    'RISK_PANEL', 'PATHWAY_PLAN_REVIEW', 'MULTI_AGENCY_PLANNING'));

-- Family and personal relationships rated 0-4 in the YOS assessment (03 "Parenting": 3 or above is a trigger).
alter table assessment add column family_relationships_rating smallint,
    add constraint assessment_family_rating_ck check (family_relationships_rating between 0 and 4);

-- Parenting (03 "Parenting"): a prompt to consider a parenting assessment, from one of four triggers, answered by
-- the case manager's decision; and the parenting work done (orders, contracts, voluntary work).
create table parenting_prompt (
    id               uuid primary key,
    child_id         uuid not null references child (id),
    trigger_kind     text not null,
    trigger_detail   text not null,
    trigger_record_id uuid,
    triggered_on     date not null,
    decision         text,
    decision_reason  text,
    decided_by       text,
    decided_on       date,
    recorded_at      timestamptz not null default now(),
    version          bigint not null default 0,
    constraint parenting_prompt_kind_ck check (trigger_kind in ('FAMILY_RELATIONSHIPS', 'EARLY_HELP', 'CAMHS',
        'PARENTING_ORDER_CONSIDERED')),
    constraint parenting_prompt_decision_ck check (decision is null or decision in ('ASSESS', 'NOT_NEEDED')),
    constraint parenting_prompt_decided_ck check (decision is null or (decision_reason is not null and decided_by is not null
        and decided_on is not null))
);
create index parenting_prompt_child_idx on parenting_prompt (child_id, triggered_on);

create table parenting_work (
    id               uuid primary key,
    child_id         uuid not null references child (id),
    kind             text not null,
    starts_on        date not null,
    ends_on          date,
    terms            text not null,
    parenting_worker text not null,
    agency_roles     text,
    recorded_at      timestamptz not null default now(),
    recorded_by      text not null,
    version          bigint not null default 0,
    constraint parenting_work_kind_ck check (kind in ('PARENTING_ORDER', 'PARENTING_CONTRACT', 'VOLUNTARY')),
    constraint parenting_work_dates_ck check (ends_on is null or ends_on >= starts_on)
);
create index parenting_work_child_idx on parenting_work (child_id, starts_on);
