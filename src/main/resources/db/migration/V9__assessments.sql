-- Assessments (domain reference 02 §4): one current assessment per intervention, the latest of those kept;
-- scoped through the intervention (and so its child), so no service_id here.
create table assessment (
    id                           uuid primary key,
    intervention_id              uuid not null references intervention (id),
    child_id                     uuid not null references child (id),
    status                       text not null default 'DRAFT',
    -- desistance
    offending_factors            text,
    desistance_factors           text,
    strengths                    text,
    maturity_and_motivation      text,
    diversity_and_context        text,
    structural_barriers          text,
    likelihood_of_reoffending    text,
    -- safety and wellbeing
    safety_concerns              text,
    concern_types                text[] not null default '{}',
    safety_classification        text,
    safety_analysis              text,
    -- risk of serious harm to others
    harm                         text,
    harm_to                      text[] not null default '{}',
    harm_likelihood              text,
    harm_seriousness             text,
    harm_classification          text,
    -- sources and views
    sources_consulted            text[] not null default '{}',
    other_sources                text,
    child_views                  text,
    parents_views                text,
    -- specialist screening
    substance_misuse_screening   text,
    mental_health_screening      text,
    slcn_screening               text,
    parenting_screening          text,
    -- workflow
    countersignature_required    boolean not null default false,
    submitted_on                 date,
    submitted_by                 text,
    countersigned_on             date,
    countersigned_by             text,
    created_at                   timestamptz not null,
    created_by                   text not null,
    version                      bigint not null default 0,
    constraint assessment_status_ck check (status in ('DRAFT', 'SUBMITTED', 'COUNTERSIGNED'))
);
create index assessment_intervention_idx on assessment (intervention_id, created_at desc);
create index assessment_awaiting_idx on assessment (status) where countersignature_required;

-- Every change of a classification, kept for reviews and risk panels.
create table assessment_classification_change (
    id                 bigserial primary key,
    assessment_id      uuid not null references assessment (id),
    intervention_id    uuid not null references intervention (id),
    child_id           uuid not null references child (id),
    lens               text not null,
    from_value         text,
    to_value           text not null,
    changed_on         date not null,
    changed_by         text not null,
    changed_at         timestamptz not null
);
create index assessment_classification_change_idx on assessment_classification_change (intervention_id, changed_at);
