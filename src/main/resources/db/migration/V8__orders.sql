-- What a court order involves once it is made (domain reference 02 §3): referral order panels and
-- contract, youth rehabilitation order requirements, a grave crime's release and licence, breaches and
-- resentences. Scoped through the intervention (no service_id here): an order moves with its intervention
-- when a case is transferred between services.

-- One row per order once anything is recorded on it: its version guards every change (optimistic locking).
create table court_order (
    intervention_id  uuid primary key references intervention (id),
    release_date     date,
    licence_end_date date,
    updated_at       timestamptz not null default now(),
    version          bigint not null default 0
);

create table youth_offender_panel (
    id                    uuid primary key,
    intervention_id       uuid not null references court_order (intervention_id),
    kind                  text not null,
    held_on               date not null,
    community_members     text not null,   -- one name a line
    yos_member            text not null,
    parent_attended       boolean not null,
    parent_absence_reason text,
    report_shared_on      date,
    outcome               text not null,
    notes                 text,
    recorded_at           timestamptz not null default now(),
    recorded_by           text not null,
    constraint youth_offender_panel_kind_ck check (kind in ('INITIAL', 'PROGRESS', 'FINAL'))
);
create index youth_offender_panel_order_idx on youth_offender_panel (intervention_id, held_on);

create table referral_order_contract (
    intervention_id uuid primary key references court_order (intervention_id),
    signed_on       date not null,
    reparation      text not null,
    activities      text not null,   -- one activity a line
    recorded_at     timestamptz not null default now(),
    recorded_by     text not null
);

create table order_requirement (
    id                   uuid primary key,
    intervention_id      uuid not null references court_order (intervention_id),
    type                 text not null,
    start_date           date not null,
    end_date             date not null,
    hours                integer,
    days                 integer,
    extended             boolean not null default false,
    curfew_from          time,
    curfew_until         time,
    details              text,
    conditions_confirmed boolean not null default false,
    recorded_at          timestamptz not null default now(),
    recorded_by          text not null,
    constraint order_requirement_dates_ck check (end_date >= start_date)
);
create index order_requirement_order_idx on order_requirement (intervention_id, start_date);

create table order_breach (
    id                  uuid primary key,
    intervention_id     uuid not null references court_order (intervention_id),
    breached_on         date not null,
    breached_what       text not null,
    requirement_id      uuid references order_requirement (id),
    details             text not null,
    decided_by          text not null,
    outcome             text not null,
    new_intervention_id uuid references intervention (id),
    recorded_at         timestamptz not null default now(),
    recorded_by         text not null,
    constraint order_breach_resentence_ck check ((outcome = 'REVOKED_AND_RESENTENCED') = (new_intervention_id is not null))
);
create index order_breach_order_idx on order_breach (intervention_id, breached_on);
create index order_breach_new_order_idx on order_breach (new_intervention_id);
