-- Remand, custody, care-leaver and out-of-borough duties of the joint protocol (domain reference 03, issue 5
-- items 3-6). Every table is scoped through the child (no service column): a transferred case carries them.

-- A duty done may now be started by something other than an intervention (a care leaver's arrest: the
-- offence), and the authority representative is recorded with the details the protocol asks for.
alter table joint_duty_record alter column intervention_id drop not null;
alter table joint_duty_record add column trigger_record_id uuid;
alter table joint_duty_record add column agency text;
alter table joint_duty_record add column qualified_social_worker boolean;
alter table joint_duty_record add column iro_told_on date;
alter table joint_duty_record add column no_allocated_social_worker boolean not null default false;

-- 03 "Remands" 7: the child stays looked after at the end of a remand only with a head of service's
-- permission, after an assessment and the independent reviewing officer's opinion.
create table remand_end_permission (
    id                    uuid primary key,
    child_id              uuid not null references child (id),
    looked_after_event_id uuid not null references looked_after_event (id),
    remand_ended_on       date not null,
    head_of_service       text not null,
    permission_on         date not null,
    assessed_on           date not null,
    iro_name              text not null,
    iro_opinion_on        date not null,
    iro_opinion           text not null,
    recorded_at           timestamptz not null,
    recorded_by           text not null
);
create index remand_end_permission_child on remand_end_permission (child_id);

-- 03 "Custody": a recommendation to stop support, agreed by a named senior manager, and who was told.
create table custody_support_stopped (
    id                      uuid primary key,
    child_id                uuid not null references child (id),
    intervention_id         uuid not null references intervention (id),
    recommended_on          date not null,
    reason                  text not null,
    senior_manager          text not null,
    agreed_on               date not null,
    case_manager_told_on    date not null,
    establishment_told_on   date not null,
    child_told_on           date not null,
    parents_told_on         date not null,
    recorded_at             timestamptz not null,
    recorded_by             text not null
);
create unique index custody_support_stopped_once on custody_support_stopped (intervention_id);

-- 03 "Care leavers": the expected release of a care leaver in custody, from which the pathway plan review
-- and the release arrangements fall due. One per custodial sentence; edited with optimistic locking.
create table expected_release (
    intervention_id uuid primary key references intervention (id),
    child_id        uuid not null references child (id),
    release_on      date not null,
    version         bigint not null default 0,
    updated_at      timestamptz not null,
    updated_by      text not null
);
create index expected_release_child on expected_release (child_id);

-- 03 "Children placed out of borough": offending notified to the home YOS within 5 WD of the social worker
-- (or personal adviser) knowing, and whether a pre-sentence report is needed.
create table out_of_borough_notification (
    id             uuid primary key,
    child_id       uuid not null references child (id),
    knew_on        date not null,
    notified_on    date not null,
    notified_by    text not null,
    what_was_said  text not null,
    psr_needed     boolean not null default false,
    recorded_at    timestamptz not null,
    recorded_by    text not null
);
create index out_of_borough_notification_child on out_of_borough_notification (child_id, notified_on);
