package org.desist.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The database cannot be reached: the API answers 503 with a problem detail, pages a GOV.UK "Sorry, there is a
 * problem with the service" page with status 503, after at most the pool's connection timeout
 * ({@code DESIST_DB_CONNECTION_TIMEOUT_MILLIS}, 2 s), not Hikari's default 30 s. The pool reconnects by itself
 * when the database is back. Ordered before every other advice; failures raised outside a controller (the
 * security filters loading an API token's account) are answered the same way by {@link DatabaseUnavailableFilter}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    static final String TITLE = "Service unavailable";
    static final String DETAIL = "The database cannot be reached. Try again in a few minutes: nothing this request"
            + " would have saved was saved.";
    static final String TYPE = "urn:desist:problem:database-unavailable";
    static final String VIEW = "error/503";
    static final String RETRY_AFTER_SECONDS = "30";

    @ExceptionHandler({
        CannotCreateTransactionException.class,
        CannotGetJdbcConnectionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        SQLTransientConnectionException.class,
        SQLNonTransientConnectionException.class,
        TransactionSystemException.class
    })
    Object unavailable(Exception exception, HttpServletRequest request) throws Exception {
        if (!isOutage(exception)) {
            throw exception; // not a lost connection: the other handlers (or the error page) deal with it
        }
        logOutage(request, exception);
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
            problem.setTitle(TITLE);
            problem.setType(URI.create(TYPE));
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView(VIEW, Map.of("status", 503), HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    /**
     * Whether {@code failure} (or one of its causes) is the database being unreachable: no connection from the
     * pool, none for a transaction, a resource failure, a connection refused or lost (SQLSTATE class 08), or the
     * server shutting down or starting (57P01-57P03).
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // A commit or rollback that failed on the JDBC connection: the connection is gone (e.g. the pool's
            // "Connection is closed" after the server went away mid-request); and what made it roll back.
            if (t instanceof TransactionSystemException tse) {
                if (tse.getApplicationException() != null && isOutage(tse.getApplicationException())) {
                    return true;
                }
                if (tse.getCause() instanceof SQLException) {
                    return true;
                }
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    static void logOutage(HttpServletRequest request, Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        log.warn(
                "The database cannot be reached: {} {} answered 503 ({}: {})",
                request.getMethod(),
                request.getRequestURI(),
                cause.getClass().getSimpleName(),
                cause.getMessage());
    }
}
