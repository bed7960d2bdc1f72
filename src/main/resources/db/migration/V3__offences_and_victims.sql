-- Offences on a child's record, and victims: separate, protected records linked to offences.
create table offence (
    id                     uuid primary key,
    service_id             uuid not null references youth_justice_service (id),
    child_id               uuid not null references child (id),
    offence_date           date not null,
    description            text not null,
    category               text not null,
    plea                   text not null,
    co_accused             text,
    serious_youth_violence boolean not null default false,
    weapon                 boolean not null default false,
    gravity_scale          text not null,
    gravity_score          integer not null,
    gravity_adjustment     integer not null default 0,
    gravity_rationale      text,
    created_at             timestamptz not null,
    created_by             text not null,
    version                bigint not null default 0
);
create index offence_child_idx on offence (child_id, offence_date desc);

create table victim (
    id                  uuid primary key,
    offence_id          uuid not null references offence (id),
    service_id          uuid not null references youth_justice_service (id),
    child_id            uuid not null references child (id),
    kind                text not null,
    name                text not null,
    contact             text,
    wishes              text,
    consents_to_contact boolean not null default false,
    created_at          timestamptz not null,
    created_by          text not null,
    version             bigint not null default 0
);
create index victim_offence_idx on victim (offence_id);
