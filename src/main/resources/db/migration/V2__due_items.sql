-- Due items: each statutory or local timescale a trigger starts (deadline module).
create table due_item (
    id                  uuid primary key,
    service_id          uuid not null references youth_justice_service (id),
    child_id            uuid not null references child (id),
    rule_id             text not null,
    trigger_record_type text not null,
    trigger_record_id   uuid not null,
    trigger_date        date not null,
    due_date            date not null,
    due_date_reason     text not null,
    status              text not null,
    owner_id            uuid references user_account (id),
    met_on              date,
    met_by_record_type  text,
    met_by_record_id    uuid,
    cancelled_reason    text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint not null default 0,
    constraint due_item_status_ck check (status in ('OPEN', 'MET', 'CANCELLED'))
);
create index due_item_trigger_idx on due_item (trigger_record_id, rule_id);
create index due_item_open_owner_idx on due_item (owner_id, due_date) where status = 'OPEN';
create index due_item_open_service_idx on due_item (service_id, due_date) where status = 'OPEN';
create index due_item_child_idx on due_item (child_id, due_date);
