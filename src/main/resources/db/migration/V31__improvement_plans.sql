-- Improvement plans (issue 15, item 6): the recommendations of a published inspection, of an audit round (a mock
-- inspection or themed audit, by its id: audit rounds are another engineer's table, so no foreign key) or of
-- neither, each addressed to the service, its Management Board or a partner; each recommendation has actions with
-- an owner and a due date, progress updates, and the plan is reviewed at Board meetings. A plan holds no child's data.
create table improvement_plan (
    id            uuid primary key,
    service_id    uuid not null references youth_justice_service (id),
    title         text not null,
    plan_date     date not null,
    inspection_id uuid references published_inspection (id),
    round_id      uuid,
    created_at    timestamptz not null default now(),
    created_by    text not null,
    updated_at    timestamptz not null default now(),
    updated_by    text not null,
    version       bigint not null default 0
);
create index improvement_plan_service_idx on improvement_plan (service_id, plan_date desc);

create table improvement_recommendation (
    id           uuid primary key,
    plan_id      uuid not null references improvement_plan (id),
    position     int not null,
    text         text not null,
    addressed_to text not null,
    partner      text,
    partner_name text,
    created_at   timestamptz not null default now(),
    created_by   text not null,
    constraint improvement_recommendation_to_ck check (addressed_to in ('SERVICE', 'BOARD', 'PARTNER')),
    constraint improvement_recommendation_partner_ck check ((addressed_to = 'PARTNER') = (partner is not null)),
    unique (plan_id, position)
);

create table improvement_board_review (
    id          uuid primary key,
    plan_id     uuid not null references improvement_plan (id),
    reviewed_on date not null,
    notes       text not null,
    recorded_by uuid references user_account (id),
    created_at  timestamptz not null default now(),
    created_by  text not null
);
create index improvement_board_review_plan_idx on improvement_board_review (plan_id, reviewed_on);

create table improvement_action (
    id                uuid primary key,
    plan_id           uuid not null references improvement_plan (id),
    recommendation_id uuid not null references improvement_recommendation (id),
    description       text not null,
    owner_id          uuid not null references user_account (id),
    due_date          date not null,
    status            text not null,
    status_reason     text,
    completed_on      date,
    created_at        timestamptz not null default now(),
    created_by        text not null,
    updated_at        timestamptz not null default now(),
    updated_by        text not null,
    version           bigint not null default 0,
    constraint improvement_action_status_ck
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'NO_LONGER_NEEDED'))
);
create index improvement_action_plan_idx on improvement_action (plan_id);
create index improvement_action_open_owner_idx on improvement_action (owner_id, due_date)
    where status in ('NOT_STARTED', 'IN_PROGRESS');

create table improvement_action_update (
    id          uuid primary key,
    action_id   uuid not null references improvement_action (id),
    written_on  date not null,
    text        text not null,
    status      text not null,
    reason      text,
    written_by  uuid references user_account (id),
    created_at  timestamptz not null default now(),
    created_by  text not null
);
create index improvement_action_update_action_idx on improvement_action_update (action_id, written_on, created_at);
