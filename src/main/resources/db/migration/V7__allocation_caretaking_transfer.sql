-- Interventions: referrals (recorded before the work starts), the reason for each (re)allocation,
-- unallocation when a case moves to another service, and caretaking by a host service.
alter table intervention alter column start_date drop not null;
alter table intervention add column referred_on date;
alter table intervention add column caretaking_from date;
alter table intervention add constraint intervention_started_ck
    check (status = 'REFERRED' or start_date is not null);
alter table intervention add constraint intervention_referral_ck
    check (status <> 'REFERRED' or referred_on is not null);
alter table intervention add constraint intervention_host_ck
    check (host_service_id is null or host_service_id <> service_id);

-- A row with no case manager records that the intervention was left unallocated (e.g. on transfer).
alter table intervention_allocation alter column case_manager_id drop not null;
alter table intervention_allocation add column reason text;

-- Caretaking: another youth justice service (the host) may see a child's record while it delivers work
-- for the home service, which keeps responsibility (domain reference 02 §3, "Out of borough").
create table child_caretaking (
    id              uuid primary key,
    child_id        uuid not null references child (id),
    host_service_id uuid not null references youth_justice_service (id),
    record_type     text not null,
    record_id       uuid not null,
    reason          text not null,
    granted_at      timestamptz not null,
    granted_by      text not null,
    revoked_at      timestamptz,
    revoked_by      text
);
create unique index child_caretaking_active_uk on child_caretaking (child_id, host_service_id, record_id)
    where revoked_at is null;
create index child_caretaking_host_idx on child_caretaking (host_service_id, child_id) where revoked_at is null;
