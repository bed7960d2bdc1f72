-- Interventions read by service (docs/performance.md, "The quality pages (issue 15)"). Until now the only indexes on
-- intervention were its id and (child_id, start_date), so a read of one service's interventions scanned every
-- service's: at national scale 456,798 rows for one service's 482 in progress, 65 to 95 ms, most of a team's
-- inspection-readiness view. ADR 11: a query by a user is scoped to the user's services by an index that starts with
-- the service.
-- The interventions in progress of the user's services (Interventions.inProgressInYourServices: the
-- inspection-readiness view, management oversight's list, joint working's shared cases). Partial: about one in six
-- interventions is in progress, and the others are never read this way.
create index intervention_active_service_idx on intervention (service_id) where status = 'ACTIVE';
-- The interventions of one service that started between two dates, whatever their status
-- (Interventions.startedBetween: the eligible population of a mock inspection's sample draw, HMIP inspection
-- methodology): the same full scan, about 100 ms of the draw's 140.
create index intervention_service_start_idx on intervention (service_id, start_date);
