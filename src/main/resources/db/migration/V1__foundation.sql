-- Foundation schema: youth justice services (tenants), user accounts and roles, children's records,
-- and the append-only audit trail. Never edit this file once applied: add V2__... instead.

create extension if not exists pg_trgm;

create table youth_justice_service (
    id              uuid primary key,
    code            text not null unique,
    name            text not null,
    local_authority text not null,
    created_at      timestamptz not null default now()
);

create table user_account (
    id              uuid primary key,
    username        text not null,
    display_name    text not null,
    email           text,
    job_title       text,
    agency          text not null,
    password_hash   text not null,
    enabled         boolean not null default true,
    failed_sign_ins integer not null default 0,
    locked_until    timestamptz,
    last_sign_in_at timestamptz,
    created_at      timestamptz not null default now(),
    version         bigint not null default 0
);
create unique index user_account_username_uk on user_account (lower(username));

create table user_role (
    user_id uuid not null references user_account (id),
    role    text not null,
    primary key (user_id, role)
);

create table service_membership (
    user_id    uuid not null references user_account (id),
    service_id uuid not null references youth_justice_service (id),
    primary key (user_id, service_id)
);
create index service_membership_service_idx on service_membership (service_id);

create table api_token (
    id           uuid primary key,
    user_id      uuid not null references user_account (id),
    name         text not null,
    token_hash   text not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);

create table child (
    id                         uuid primary key,
    service_id                 uuid not null references youth_justice_service (id),
    local_reference            text not null,
    given_name                 text not null,
    family_name                text not null,
    preferred_name             text,
    date_of_birth              date not null,
    gender                     text not null,
    ethnicity                  text not null,
    address_line1              text,
    address_line2              text,
    town                       text,
    postcode                   text,
    local_authority            text,
    placed_out_of_borough      boolean not null default false,
    pnc_number                 text,
    nhs_number                 text,
    unique_pupil_number        text,
    looked_after_status        text not null default 'NOT_LOOKED_AFTER',
    ete_status                 text,
    ete_hours                  numeric(4, 1),
    ete_provider               text,
    send                       boolean not null default false,
    send_details               text,
    excluded_from_school       boolean not null default false,
    mental_health_concern      boolean not null default false,
    substance_misuse           boolean not null default false,
    speech_language_needs      boolean not null default false,
    criminal_exploitation      boolean not null default false,
    county_lines               boolean not null default false,
    child_sexual_exploitation  boolean not null default false,
    gang_involvement           boolean not null default false,
    child_protection_plan      boolean not null default false,
    child_in_need_plan         boolean not null default false,
    case_manager_id            uuid references user_account (id),
    created_at                 timestamptz not null,
    created_by                 text not null,
    updated_at                 timestamptz not null,
    updated_by                 text not null,
    version                    bigint not null
);
create unique index child_local_reference_uk on child (service_id, lower(local_reference));
create unique index child_pnc_uk on child (service_id, pnc_number) where pnc_number is not null;
create index child_service_family_idx on child (service_id, lower(family_name), lower(given_name));
create index child_dob_idx on child (service_id, date_of_birth);
create index child_case_manager_idx on child (case_manager_id);
-- Typo-tolerant name search (pg_trgm): full name and preferred name.
create index child_name_trgm_idx on child
    using gin ((lower(given_name || ' ' || family_name || ' ' || coalesce(preferred_name, ''))) gin_trgm_ops);

-- People around the child: parents/carers and professionals.
create table child_person (
    child_id                uuid not null references child (id) on delete cascade,
    position                integer not null,
    kind                    text not null,
    name                    text not null,
    relationship            text not null,
    parental_responsibility boolean not null default false,
    agency                  text,
    phone                   text,
    email                   text,
    address                 text,
    primary key (child_id, position)
);

-- The audit trail: who viewed or changed what, when, in which service. Append-only.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    actor_id       uuid,
    actor_username text not null,
    channel        text not null,
    service_id     uuid,
    child_id       uuid,
    action         text not null,
    record_type    text not null,
    record_id      uuid,
    record_version bigint,
    summary        text,
    changes        jsonb
);
create index audit_event_child_idx on audit_event (child_id, occurred_at desc);
create index audit_event_service_idx on audit_event (service_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (lower(actor_username), occurred_at desc);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
