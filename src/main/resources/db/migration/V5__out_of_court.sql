-- Out-of-court disposals (domain reference 02 §2): the police referral of a child, the YOS screening and
-- assessment, the joint decision-making panel and its outcome, and how the disposal ended.
create table oocd_referral (
    id                        uuid primary key,
    service_id                uuid not null references youth_justice_service (id),
    child_id                  uuid not null references child (id),
    referral_date             date not null,
    police_reference          text not null,
    referring_officer         text,
    bail_date                 date,
    case_manager_id           uuid references user_account (id), -- none after a transfer, until the new service allocates
    -- YOS screening and assessment
    screened_on               date,
    screening_summary         text,
    sources_consulted         text[] not null default '{}',
    -- joint decision-making panel
    panel_date                date,
    yos_recommendation        text,
    decision                  text,
    rationale                 text,
    conditions                text,
    conditions_end_on         date,
    police_told_on            date,
    intervention_id           uuid references intervention (id),
    -- how it ended
    withdrawn_on              date,
    withdrawn_reason          text,
    delivery_ended_on         date,
    delivery_result           text,
    non_compliance            text,
    referred_back_to_police   boolean,
    created_at                timestamptz not null,
    created_by                text not null,
    version                   bigint not null default 0,
    constraint oocd_referral_decision_ck check (decision is null or rationale is not null),
    constraint oocd_referral_result_ck check (delivery_result is null or delivery_result in ('COMPLETED', 'NOT_COMPLIED'))
);
create index oocd_referral_child_idx on oocd_referral (child_id, referral_date desc);

create table oocd_referral_offence (
    referral_id uuid not null references oocd_referral (id),
    offence_id  uuid not null references offence (id),
    primary key (referral_id, offence_id)
);

-- Specialist screenings (substance misuse, mental health, speech language and communication).
create table oocd_specialist_screening (
    referral_id uuid not null references oocd_referral (id),
    area        text not null,
    screened_by text not null,
    screened_on date not null,
    outcome     text not null,
    primary key (referral_id, area)
);

-- Who attended the joint decision-making panel, and from which agency.
create table oocd_panel_attendee (
    referral_id uuid not null references oocd_referral (id),
    position    integer not null,
    name        text not null,
    agency      text not null,
    primary key (referral_id, position)
);
