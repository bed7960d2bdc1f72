-- Teams within a youth justice service (e.g. the court team, the out-of-court and prevention team), each with the
-- operational manager who manages its case managers directly (issue 15: results by team, inspection readiness for a
-- team, and nobody audits a case they manage directly). A member belongs to at most one team of a service.
create table team (
    id         uuid primary key,
    service_id uuid not null references youth_justice_service (id),
    name       text not null,
    manager_id uuid references user_account (id),
    created_at timestamptz not null default now()
);
create unique index team_service_name_uk on team (service_id, lower(name));

create table team_member (
    team_id    uuid not null references team (id),
    user_id    uuid not null references user_account (id),
    service_id uuid not null references youth_justice_service (id),
    primary key (team_id, user_id)
);
create unique index team_member_one_team_per_service_uk on team_member (service_id, user_id);
