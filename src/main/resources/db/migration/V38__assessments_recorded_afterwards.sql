-- An assessment completed before it was recorded in Desist (e.g. an AssetPlus assessment completed before the case
-- came into Desist): where it was completed, when it was entered here and the name of who entered it (created_by
-- holds their username). Its submitted_by and countersigned_by then hold the names of the people who did it, as the
-- recorder gave them.
alter table assessment add column completed_in text,
                       add column recorded_on date,
                       add column recorded_by_name text;
alter table assessment add constraint assessment_recorded_afterwards_ck
    check ((completed_in is null) = (recorded_on is null) and (completed_in is null) = (recorded_by_name is null));
