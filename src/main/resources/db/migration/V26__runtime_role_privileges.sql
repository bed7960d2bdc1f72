-- Least privilege (ADR 12). The schema belongs to the role that runs these migrations; the application connects as
-- the runtime role ${runtime_role}, which reads and writes the records but may only read and append to the audit
-- trail: no UPDATE, DELETE, TRUNCATE, TRIGGER or REFERENCES on audit_event, no ownership of anything, so it cannot
-- alter the table, disable or drop its trigger, or give itself back what it was not granted. Flyway's own history
-- it may only read. Tables and sequences that later migrations create get the same grants (default privileges of
-- the migration role). With one role for both (no DESIST_DB_MIGRATION_USERNAME), nothing is granted: production
-- mode then refuses to start (DatabasePrivileges).
do $$
declare
    runtime text := '${runtime_role}';
    history text := '${flyway:table}';
begin
    if runtime = '' or runtime = current_user then
        raise notice 'The application connects as the migration role %: no separate runtime role to grant', current_user;
        return;
    end if;
    if not exists (select from pg_roles where rolname = runtime) then
        raise exception 'The runtime role % does not exist: create it before migrating (README "Running in production")',
            runtime;
    end if;
    execute format('grant usage on schema public to %I', runtime);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', runtime);
    execute format('grant usage, select on all sequences in schema public to %I', runtime);
    execute format('revoke all on audit_event from %I', runtime);
    execute format('grant select, insert on audit_event to %I', runtime);
    execute format('revoke all on %I from %I', history, runtime);
    execute format('grant select on %I to %I', history, runtime);
    execute format('alter default privileges for role %I in schema public '
                       || 'grant select, insert, update, delete on tables to %I', current_user, runtime);
    execute format('alter default privileges for role %I in schema public '
                       || 'grant usage, select on sequences to %I', current_user, runtime);
end
$$;
