-- Disagreements and escalation between the YOS and children's social care (domain reference 03), and the
-- liaison with social care before a requirement that needs it is proposed to the court. Scoped through the
-- child (no service column): a transferred case carries them with it, and each open step's due item moves
-- with the child's other due items.

create table escalation (
    id          uuid primary key,
    child_id    uuid not null references child (id),
    -- DISAGREEMENT between the services about the case, or a SERVICE_CONCERN about either's delivery
    kind        text not null,
    about       text not null,
    -- the service that raised it: YOS or SOCIAL_CARE
    raised_by   text not null,
    raised_on   date not null,
    -- the current level of the ladder (1 the two workers … 4 the director; the role names are settings)
    level       integer not null check (level >= 1),
    holder      text not null,
    resolved_on date,
    resolution  text,
    version     bigint not null default 0,
    recorded_at timestamptz not null,
    recorded_by text not null
);
create index escalation_child on escalation (child_id, raised_on);

create table escalation_step (
    id            uuid primary key,
    escalation_id uuid not null references escalation (id),
    level         integer not null check (level >= 1),
    holder        text not null,
    started_on    date not null,
    ended_on      date,
    outcome       text,
    recorded_by   text not null,
    unique (escalation_id, level)
);

create table social_care_liaison (
    id                 uuid primary key,
    child_id           uuid not null references child (id),
    -- RESIDENCE, LOCAL_AUTHORITY_RESIDENCE or INTENSIVE_FOSTERING (order.RequirementType)
    requirement        text not null,
    report_id          uuid not null references court_report (id),
    -- the report and its due date when the requirement was considered (the liaison is due before it)
    report_type        text not null,
    report_due         date not null,
    considered_on      date not null,
    due_on             date not null,
    liaised_on         date,
    social_care_contact text,
    outcome            text,
    version            bigint not null default 0,
    recorded_at        timestamptz not null,
    recorded_by        text not null
);
create index social_care_liaison_child on social_care_liaison (child_id);
