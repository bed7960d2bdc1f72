package org.desist.platform;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way a module on {@link JdbcClient} changes a versioned row (optimistic locking): an update of one row
 * whose condition holds the version the user saw ({@code version = :version}) and which moves it on
 * ({@code version = version + 1}). When no row changed, somebody else saved in between, and the caller's stale
 * exception (who, when, what: {@code AuditTrail.staleRecord}) is thrown, so the save changes nothing.
 *
 * <p>Run it first in a save, before child rows, other tables, audit rows or events: the row lock it takes makes a
 * concurrent save of the same version wait, then find no row.
 *
 * <pre>{@code
 * VersionedUpdate.of(jdbc, "update plan set ..., version = version + 1 where id = :id and version = :version")
 *         .param("id", id)
 *         .param("version", version)
 *         .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
 * }</pre>
 */
public final class VersionedUpdate {

    private static final Pattern BUMP = Pattern.compile("\\bversion\\s*=\\s*version\\s*\\+\\s*1\\b");
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");
    private static final Pattern CONDITION = Pattern.compile("\\bwhere\\b.*\\bversion\\s*=\\s*:version\\b");

    private JdbcClient.StatementSpec statement;

    private VersionedUpdate(JdbcClient.StatementSpec statement) {
        this.statement = statement;
    }

    /**
     * An update of one versioned row.
     *
     * @throws IllegalArgumentException when {@code sql} is not an update that both moves the version on and has
     *     the version the user saw in its condition
     */
    public static VersionedUpdate of(JdbcClient jdbc, String sql) {
        String normalised = sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!normalised.startsWith("update ")) {
            throw new IllegalArgumentException("Not an update: " + sql);
        }
        if (!BUMP.matcher(normalised).find()) {
            throw new IllegalArgumentException("A versioned update must set version = version + 1: " + sql);
        }
        if (!CONDITION.matcher(normalised).find()) {
            throw new IllegalArgumentException(
                    "A versioned update must have version = :version in its condition: " + sql);
        }
        return new VersionedUpdate(jdbc.sql(sql));
    }

    /**
     * A further change, in the same save, of a row whose versioned update already ran in this transaction (so it is
     * locked): its condition names the version that update wrote ({@code version = :version}) and it does not move
     * the version on. For a value known only after the save's other changes (e.g. the id of a record it started).
     *
     * @throws IllegalArgumentException when {@code sql} is not an update with {@code version = :version} in its
     *     condition, or when it moves the version on
     */
    public static VersionedUpdate sameSave(JdbcClient jdbc, String sql) {
        String normalised = sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!normalised.startsWith("update ")) {
            throw new IllegalArgumentException("Not an update: " + sql);
        }
        if (BUMP.matcher(normalised).find()) {
            throw new IllegalArgumentException("The same save moves the version on once: " + sql);
        }
        if (!CONDITION.matcher(normalised).find()) {
            throw new IllegalArgumentException(
                    "A versioned update must have version = :version in its condition: " + sql);
        }
        return new VersionedUpdate(jdbc.sql(sql));
    }

    /**
     * Takes the row lock of the save about to change {@code table}'s row {@code id}, if the row is still at the
     * version the person saw ({@code version = :version} in the lock's condition), before checks that read the
     * record's state: the state read is then the one they saw, and a stale save is told so before any check of
     * the newer state. A concurrent save of the same version waits here, then finds no row. The save's
     * {@link #of update} follows, in the same transaction.
     */
    public static void lock(
            JdbcClient jdbc,
            String table,
            java.util.UUID id,
            long version,
            Supplier<? extends StaleRecordException> stale) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table: " + table);
        }
        boolean atVersion = !jdbc.sql("select id from " + table + " where id = :id and version = :version for update")
                .param("id", id)
                .param("version", version)
                .query(java.util.UUID.class)
                .list()
                .isEmpty();
        if (!atVersion) {
            throw stale.get();
        }
    }

    public VersionedUpdate param(String name, Object value) {
        statement = statement.param(name, value);
        return this;
    }

    public VersionedUpdate params(java.util.Map<String, ?> values) {
        statement = statement.params(values);
        return this;
    }

    /**
     * Runs the update; when no row changed (somebody else saved since {@code :version}) throws the exception
     * {@code stale} supplies.
     *
     * @throws IllegalStateException when more than one row changed (the condition does not name one row)
     */
    public void orElseThrow(Supplier<? extends StaleRecordException> stale) {
        int rows = statement.update();
        if (rows == 0) {
            throw stale.get();
        }
        if (rows != 1) {
            throw new IllegalStateException("A versioned update changed " + rows + " rows");
        }
    }
}
