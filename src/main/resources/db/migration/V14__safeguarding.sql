-- Multi-agency risk and safeguarding (domain reference 02 §8): risk panel referrals, vulnerability management
-- plans (VMP), MAPPA, multi-agency meetings and the YOS's attendance, child protection concerns and how they
-- were reported, and the actions agreed. Scoped through the child (no service_id here): the records follow the
-- child's record when a case is transferred between services.

create table risk_panel_referral (
    id              uuid primary key,
    child_id        uuid not null references child (id),
    referred_on     date not null,
    reason          text not null,
    panel_date      date,            -- set when the panel sits
    decisions       text,
    recorded_at     timestamptz not null default now(),
    recorded_by     text not null,
    version         bigint not null default 0
);
create index risk_panel_referral_child_idx on risk_panel_referral (child_id, referred_on);

create table vulnerability_management_plan (
    id                uuid primary key,
    child_id          uuid not null references child (id),
    plan_date         date not null,
    vulnerabilities   text not null,
    contingency       text not null,
    review_on         date not null,
    referred_to_panel boolean not null,
    recorded_at       timestamptz not null default now(),
    recorded_by       text not null,
    constraint vmp_review_ck check (review_on >= plan_date)
);
create index vulnerability_management_plan_child_idx on vulnerability_management_plan (child_id, plan_date);

create table mappa_management (
    id          uuid primary key,
    child_id    uuid not null references child (id),
    level       int not null,
    category    int not null,        -- 4 = terrorism
    decided_on  date not null,
    review_on   date not null,
    recorded_at timestamptz not null default now(),
    recorded_by text not null,
    constraint mappa_level_ck check (level between 1 and 3),
    constraint mappa_category_ck check (category between 1 and 4),
    constraint mappa_review_ck check (review_on >= decided_on)
);
create index mappa_management_child_idx on mappa_management (child_id, decided_on);

create table multi_agency_meeting (
    id                      uuid primary key,
    child_id                uuid not null references child (id),
    type                    text not null,
    held_on                 date not null,
    called_by               text not null,
    called_by_other         text,
    attendance              text not null,
    not_represented_reason  text,
    decisions               text,
    recorded_at             timestamptz not null default now(),
    recorded_by             text not null,
    constraint meeting_type_ck check (type in ('MARAC', 'EXPLOITATION_PANEL', 'TEAM_AROUND_THE_CHILD',
        'STRATEGY_MEETING', 'CHILD_PROTECTION_CONFERENCE', 'CORE_GROUP', 'CHILDREN_IN_CARE_REVIEW', 'RISK_PANEL')),
    constraint meeting_called_by_ck check (called_by in ('YOS', 'SOCIAL_CARE', 'POLICE', 'OTHER')),
    constraint meeting_attendance_ck check (attendance in ('CASE_HOLDER', 'MANAGER', 'WRITTEN_REPORT', 'NOT_REPRESENTED')),
    constraint meeting_reason_ck check (attendance <> 'NOT_REPRESENTED' or not_represented_reason is not null)
);
create index multi_agency_meeting_child_idx on multi_agency_meeting (child_id, held_on);

-- An action agreed by a risk panel, in a VMP or at a meeting: what, which agency owns it, by when.
create table safeguarding_action (
    id           uuid primary key,
    child_id     uuid not null references child (id),
    record_type  text not null,
    record_id    uuid not null,
    action       text not null,
    owner_agency text not null,
    due_on       date not null,
    recorded_at  timestamptz not null default now(),
    recorded_by  text not null
);
create index safeguarding_action_record_idx on safeguarding_action (record_id);
create index safeguarding_action_child_idx on safeguarding_action (child_id);

create table child_protection_concern (
    id                     uuid primary key,
    child_id               uuid not null references child (id),
    identified_on          date not null,
    identified_by          text not null,
    concern                text not null,
    manager_name           text,
    manager_told_on        date,
    social_care_contact    text,         -- CONTACT_TEAM or ALLOCATED_SOCIAL_WORKER
    social_care_name       text,
    social_care_told_on    date,
    social_care_how        text,
    social_care_response   text,
    recorded_at            timestamptz not null default now(),
    recorded_by            text not null,
    version                bigint not null default 0,
    constraint cp_contact_ck check (social_care_contact in ('CONTACT_TEAM', 'ALLOCATED_SOCIAL_WORKER')),
    constraint cp_how_ck check (social_care_how in ('PHONE', 'IN_PERSON', 'SECURE_EMAIL', 'ONLINE_REFERRAL')),
    constraint cp_manager_ck check (manager_told_on is null or manager_told_on >= identified_on),
    constraint cp_social_care_ck check (social_care_told_on is null or social_care_told_on >= identified_on)
);
create index child_protection_concern_child_idx on child_protection_concern (child_id, identified_on);
