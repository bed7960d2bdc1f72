package org.desist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean the database cannot be reached (503), and which are something else (not hidden as one). */
class DatabaseOutageRecognisedTest {

    record Case(String name, Throwable failure, boolean outage) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        TransactionSystemException rollbackOnClosed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        TransactionSystemException rollbackAfterLostConnection =
                new TransactionSystemException("Could not roll back JDBC transaction");
        rollbackAfterLostConnection.initApplicationException(
                new SQLException("An I/O error occurred while sending to the backend", "08006"));
        return List.of(
                new Case("no connection from the pool", new CannotGetJdbcConnectionException("timeout"), true),
                new Case("connection refused", new RuntimeException(new ConnectException("refused")), true),
                new Case("connection lost (SQLSTATE 08006)", new SQLException("I/O error", "08006"), true),
                new Case("server shutting down (57P01)", new SQLException("terminating", "57P01"), true),
                new Case("a rollback on a closed pool connection", rollbackOnClosed, true),
                new Case("a rollback after the connection was lost", rollbackAfterLostConnection, true),
                new Case(
                        "a constraint violation",
                        new DataIntegrityViolationException("dup", new SQLException("duplicate", "23505")),
                        false),
                new Case("a commit failure with no JDBC cause", new TransactionSystemException("odd"), false),
                new Case("a bug", new IllegalStateException("bug"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recognisesAnOutage(Case c) {
        assertThat(DatabaseUnavailable.isOutage(c.failure())).isEqualTo(c.outage());
    }
}
