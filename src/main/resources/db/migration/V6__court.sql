-- Court work (domain reference 02 §3): appearances, remand and bail, reports to court and sentences.
-- Deliberately no service_id: every row belongs to a child and is scoped through the child's record, so a
-- transfer of the child between services carries its court work with it.
create table court_appearance (
    id                    uuid primary key,
    child_id              uuid not null references child (id),
    appearance_date       date not null,
    court_name            text not null,
    court_kind            text not null,
    hearing_type          text not null,
    outcome               text not null,
    outcome_detail        text,
    next_hearing_date     date,
    information_to_court  text,
    remand_or_bail        text,
    establishment_type    text,
    establishment_name    text,
    remand_intervention_id uuid references intervention (id),
    created_at            timestamptz not null,
    created_by            text not null,
    updated_at            timestamptz not null,
    updated_by            text not null,
    version               bigint not null default 0,
    constraint court_appearance_next_ck check (next_hearing_date is null or next_hearing_date > appearance_date)
);
create index court_appearance_child_idx on court_appearance (child_id, appearance_date desc);

create table court_appearance_offence (
    appearance_id uuid not null references court_appearance (id),
    offence_id    uuid not null references offence (id),
    primary key (appearance_id, offence_id)
);

-- Interventions (remands, bail support) that an appearance brought to an end, and why.
create table court_appearance_ended (
    appearance_id   uuid not null references court_appearance (id),
    intervention_id uuid not null references intervention (id),
    summary         text not null,
    primary key (appearance_id, intervention_id)
);

create table court_sentence (
    id               uuid primary key,
    appearance_id    uuid not null references court_appearance (id),
    child_id         uuid not null references child (id),
    type             text not null,
    made_on          date not null,
    end_date         date,
    intervention_id  uuid not null references intervention (id),
    case_manager_id  uuid references user_account (id),
    without_report   boolean not null,
    created_at       timestamptz not null,
    created_by       text not null
);
create index court_sentence_appearance_idx on court_sentence (appearance_id);
create index court_sentence_child_idx on court_sentence (child_id);

create table court_report (
    id                 uuid primary key,
    child_id           uuid not null references child (id),
    appearance_id      uuid not null references court_appearance (id),
    type               text not null,
    requested_on       date not null,
    due_date           date not null,
    author_id          uuid not null references user_account (id),
    status             text not null,
    qa_by              uuid references user_account (id),
    qa_at              timestamptz,
    submitted_on       date,
    reused_report_id   uuid references court_report (id),
    reuse_reason       text,
    withdrawn_reason   text,
    created_at         timestamptz not null,
    created_by         text not null,
    updated_at         timestamptz not null,
    updated_by         text not null,
    version            bigint not null default 0,
    constraint court_report_status_ck check (status in ('REQUESTED', 'SUBMITTED', 'REUSED', 'WITHDRAWN')),
    constraint court_report_submitted_ck check (status <> 'SUBMITTED' or (qa_at is not null and submitted_on is not null)),
    constraint court_report_reuse_ck check (status <> 'REUSED' or (reused_report_id is not null and reuse_reason is not null))
);
create index court_report_child_idx on court_report (child_id, due_date);
