-- Shared cases with children's social care (domain reference 03, "Roles on a shared case"): the social care
-- professionals allocated to a child (a change is a new allocation: the history is kept), when each of the
-- child's interventions became a shared case, the role agreements (a new one supersedes the last), joint home
-- visits, joint meetings before closure, and each service telling the other of a change of worker.
-- All scoped through the child (no service column): a transferred case carries them with it.

create table social_care_allocation (
    id               uuid primary key,
    child_id         uuid not null references child (id),
    -- SOCIAL_WORKER or PERSONAL_ADVISER
    role             text not null,
    name             text not null,
    team             text not null,
    phone            text,
    email            text,
    from_date        date not null,
    -- the day the next allocation took over (exclusive); null while current
    until_date       date,
    -- the person's own Desist account, when they have one
    user_account_id  uuid references user_account (id),
    version          bigint not null default 0,
    recorded_at      timestamptz not null,
    recorded_by      text not null
);
create index social_care_allocation_child on social_care_allocation (child_id, role, from_date);
create unique index social_care_allocation_current on social_care_allocation (child_id, role) where until_date is null;
create index social_care_allocation_account on social_care_allocation (user_account_id) where until_date is null;

create table shared_case (
    id              uuid primary key,
    child_id        uuid not null references child (id),
    intervention_id uuid not null references intervention (id),
    shared_from     date not null,
    ended_on        date,
    recorded_at     timestamptz not null
);
create unique index shared_case_intervention on shared_case (intervention_id) where ended_on is null;
create index shared_case_child on shared_case (child_id);

create table role_agreement (
    id                       uuid primary key,
    child_id                 uuid not null references child (id),
    responsibilities         text not null,
    roles                    text not null,
    contact_frequency        text not null,
    contact_means            text not null,
    agreed_on                date not null,
    yos_worker               text not null,
    social_worker            text,
    personal_adviser         text,
    -- YOS_CASE_MANAGER, SOCIAL_WORKER or OTHER (then named)
    lead_professional        text not null,
    lead_professional_other  text,
    child_told_on            date,
    superseded_on            date,
    version                  bigint not null default 0,
    recorded_at              timestamptz not null,
    recorded_by              text not null
);
create index role_agreement_child on role_agreement (child_id, agreed_on);
create unique index role_agreement_current on role_agreement (child_id) where superseded_on is null;

create table joint_home_visit (
    id                     uuid primary key,
    child_id               uuid not null references child (id),
    visited_on             date not null,
    yos_attendees          text not null,
    social_care_attendees  text not null,
    note                   text,
    recorded_at            timestamptz not null,
    recorded_by            text not null
);
create index joint_home_visit_child on joint_home_visit (child_id, visited_on);

create table joint_closure_meeting (
    id               uuid primary key,
    child_id         uuid not null references child (id),
    intervention_id  uuid not null references intervention (id),
    met_on           date not null,
    attendees        text not null,
    outcome          text not null,
    recorded_at      timestamptz not null,
    recorded_by      text not null
);
create index joint_closure_meeting_child on joint_closure_meeting (child_id);

create table shared_case_notification (
    id           uuid primary key,
    child_id     uuid not null references child (id),
    due_item_id  uuid not null references due_item (id),
    told_on      date not null,
    told_whom    text not null,
    how          text not null,
    recorded_at  timestamptz not null,
    recorded_by  text not null
);
create index shared_case_notification_child on shared_case_notification (child_id);
