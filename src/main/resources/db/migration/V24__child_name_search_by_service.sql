-- Child search by name looked for the name among every service's children and filtered by service afterwards:
-- 3,683 candidates for "smith" at national scale to find the 27 in the user's service (docs/performance.md).
-- btree_gin lets one GIN index hold the service and the name's trigrams, so the search reads only its service's
-- matches. Both extensions are trusted: a database owner can create them without being a superuser.
create extension if not exists btree_gin;
create index child_service_name_trgm_idx on child
    using gin (service_id, (lower(given_name || ' ' || family_name || ' ' || coalesce(preferred_name, ''))) gin_trgm_ops);
drop index child_name_trgm_idx;
