-- Domain reference 03 "Reviews and meetings": the YOS case manager invites the allocated social worker to every
-- review and planning meeting. Reviews record it since V20; the meeting that agrees a plan records it here.
alter table plan
    add column social_worker_invited            text,
    add column social_worker_invited_on         date,
    add column social_worker_invited_how        text,
    add column social_worker_not_invited_reason text,
    add constraint plan_social_worker_invited_ck check (social_worker_invited is null or social_worker_invited in
        ('INVITED', 'NO_SOCIAL_WORKER', 'NOT_INVITED'));
