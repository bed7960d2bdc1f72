-- GIN indexes gather new entries in a pending list that every search reads in full until a vacuum merges it: with
-- 11,555 children pending after a load, each name search took 7-31 ms instead of 1-3 ms (docs/performance.md).
-- Children are added a few a day, so each insert updates the index itself instead.
alter index child_service_name_trgm_idx set (fastupdate = off);
select gin_clean_pending_list('child_service_name_trgm_idx'::regclass);
