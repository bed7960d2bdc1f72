-- Joint working with children's social care (domain reference 03): the events from which a child's
-- looked-after status and care-leaver category are computed, and the record of each joint-protocol duty done.
-- Both are scoped through the child (no service column): a transferred case carries them with it.

create table looked_after_event (
    id              uuid primary key,
    child_id        uuid not null references child (id),
    kind            text not null,
    occurred_on     date not null,
    note            text,
    -- 'RECORDED' by a person, or the intervention whose start recorded it (a remand or custodial sentence)
    source          text not null,
    intervention_id uuid references intervention (id),
    recorded_at     timestamptz not null,
    recorded_by     text not null
);
create index looked_after_event_child on looked_after_event (child_id, occurred_on);
create unique index looked_after_event_from_intervention on looked_after_event (intervention_id, kind)
    where intervention_id is not null;

create table joint_duty_record (
    id                 uuid primary key,
    child_id           uuid not null references child (id),
    intervention_id    uuid not null references intervention (id),
    due_item_id        uuid not null references due_item (id),
    duty               text not null,
    done_on            date not null,
    done_by            text not null,
    how                text not null,
    checklist          text[] not null default '{}',
    signed_off_on      date,
    social_worker_at_court boolean not null default false,
    recorded_at        timestamptz not null,
    recorded_by        text not null
);
create index joint_duty_record_child on joint_duty_record (child_id);
