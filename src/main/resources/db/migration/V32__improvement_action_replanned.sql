-- An improvement action's timeline also keeps its re-planning (what will be done, owner or due date changed by a QA
-- lead, with the reason): such an entry leaves the status as it was, and says so.
alter table improvement_action_update add column replanned boolean not null default false;
