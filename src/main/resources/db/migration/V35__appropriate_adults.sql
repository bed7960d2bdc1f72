-- Appropriate adults (issue 16, item 4): a call-out from a police custody suite to be a child's appropriate adult
-- (PACE 1984 Code C; Crime and Disorder Act 1998 s.38(4)), and the rota of staff and volunteers on call. The child is
-- a child of the service (child_id) or, until linked, only the name and date of birth the custody suite gave; the
-- out-of-court referral or court appearance a call-out led to is another module's record, so linked by id only.
create table aa_call_out (
    id                         uuid primary key,
    service_id                 uuid not null references youth_justice_service (id),
    custody_suite              text not null,
    requested_at               timestamptz not null,
    child_id                   uuid references child (id),
    child_name                 text not null,
    child_date_of_birth        date,
    attendee_user_id           uuid references user_account (id),
    attendee_name              text not null,
    off_rota_reason            text,
    arrived_at                 timestamptz,
    left_at                    timestamptz,
    procedures                 text not null default '',
    outcome                    text,
    kept_overnight             boolean,
    accommodation_requested    boolean,
    accommodation_provided     boolean,
    accommodation_reason       text,
    linked_record_id           uuid,
    created_at                 timestamptz not null default now(),
    created_by                 text not null,
    updated_at                 timestamptz not null default now(),
    updated_by                 text not null,
    version                    bigint not null default 0,
    constraint aa_call_out_outcome_ck check (outcome is null or outcome in
        ('NO_FURTHER_ACTION', 'RELEASED_UNDER_INVESTIGATION', 'BAIL', 'OUT_OF_COURT_REFERRAL', 'CHARGE')),
    constraint aa_call_out_arrival_ck check (arrived_at is null or arrived_at >= requested_at),
    constraint aa_call_out_leaving_ck check (left_at is null or (arrived_at is not null and left_at >= arrived_at))
);
create index aa_call_out_service_idx on aa_call_out (service_id, requested_at desc);
create index aa_call_out_child_idx on aa_call_out (child_id) where child_id is not null;

-- Who is on call: a member of staff (user_id) or a named volunteer, from starts_at until ends_at.
create table aa_rota_slot (
    id             uuid primary key,
    service_id     uuid not null references youth_justice_service (id),
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    user_id        uuid references user_account (id),
    volunteer_name text,
    created_at     timestamptz not null default now(),
    created_by     text not null,
    constraint aa_rota_slot_who_ck check ((user_id is null) <> (volunteer_name is null)),
    constraint aa_rota_slot_times_ck check (ends_at > starts_at)
);
create index aa_rota_slot_service_idx on aa_rota_slot (service_id, starts_at);
