-- Victim work (Victims' Code 2021): the victim as a person in their own right, linked to one or more offences,
-- with the contact, consent, offers and referrals of the victim worker. Never on the child's side of the record:
-- only the victim module reads these tables. child_id and service_id on victim stay for scoping and the trail.

alter table victim
    add column worker_id          uuid references user_account (id),
    add column needs              text,
    -- What the victim worker chose to share with the case manager and the referral order panel (their words).
    add column shared_wishes      text,
    -- When the victim can attend a panel or give their views: the panel's time takes it first (joint protocol).
    add column panel_availability text,
    -- The victim asked to be kept informed at key points (the disposal, the order's end).
    add column wants_updates      boolean not null default false,
    -- Probation's Victim Contact Service: the referral to the Victim Liaison Unit (through the seconded PO).
    add column vlu_referred_on    date,
    add column vlu_referral_note  text,
    add column closed_on          date,
    add column closure_reason     text;

-- A victim of more than one offence (of one child, or of co-accused children of the service).
create table victim_offence (
    victim_id  uuid not null references victim (id),
    offence_id uuid not null references offence (id),
    primary key (victim_id, offence_id)
);
create index victim_offence_offence_idx on victim_offence (offence_id);
insert into victim_offence (victim_id, offence_id) select id, offence_id from victim;

-- Contact attempts and contacts: date and time, method, who (the victim, a parent, a representative), outcome.
create table victim_contact (
    id          uuid primary key,
    victim_id   uuid not null references victim (id),
    service_id  uuid not null references youth_justice_service (id),
    occurred_at timestamptz not null,
    method      text not null,
    with_whom   text not null,
    made        boolean not null,
    outcome     text,
    recorded_at timestamptz not null,
    recorded_by text not null
);
create index victim_contact_victim_idx on victim_contact (victim_id, occurred_at);

-- Consent to contact and to sharing: given, refused or withdrawn, when, and on what lawful basis. The latest
-- decision of each subject stands; the earlier ones stay as history.
create table victim_consent (
    id           uuid primary key,
    victim_id    uuid not null references victim (id),
    service_id   uuid not null references youth_justice_service (id),
    subject      text not null,
    decision     text not null,
    decided_on   date not null,
    lawful_basis text not null,
    note         text,
    recorded_at  timestamptz not null,
    recorded_by  text not null,
    constraint victim_consent_subject_ck check (subject in ('CONTACT', 'SHARING')),
    constraint victim_consent_decision_ck check (decision in ('GIVEN', 'REFUSED', 'WITHDRAWN'))
);
create index victim_consent_victim_idx on victim_consent (victim_id, decided_on);

-- The Victims' Code offers made and when: information, support services, restorative justice, an impact statement.
create table victim_offer (
    id          uuid primary key,
    victim_id   uuid not null references victim (id),
    service_id  uuid not null references youth_justice_service (id),
    offer       text not null,
    offered_on  date not null,
    response    text,
    recorded_at timestamptz not null,
    recorded_by text not null
);
create index victim_offer_victim_idx on victim_offer (victim_id, offered_on);

-- Referrals of the victim to support services.
create table victim_support_referral (
    id          uuid primary key,
    victim_id   uuid not null references victim (id),
    service_id  uuid not null references youth_justice_service (id),
    service     text not null,
    referred_on date not null,
    note        text,
    recorded_at timestamptz not null,
    recorded_by text not null
);
create index victim_support_referral_victim_idx on victim_support_referral (victim_id);

-- Updates given to a victim who asked to be kept informed, at key points of the child's case.
create table victim_update (
    id          uuid primary key,
    victim_id   uuid not null references victim (id),
    service_id  uuid not null references youth_justice_service (id),
    key_point   text not null,
    given_on    date not null,
    note        text,
    recorded_at timestamptz not null,
    recorded_by text not null
);
create index victim_update_victim_idx on victim_update (victim_id, given_on);
create index victim_worker_idx on victim (worker_id) where closed_on is null;
