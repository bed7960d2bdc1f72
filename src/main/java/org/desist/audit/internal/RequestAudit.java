package org.desist.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the current web request has already written to the trail, kept as a request attribute so that the
 * rule "one {@code VIEWED} row per child per request, none on writes, one {@code SEARCHED} per search" is
 * enforced here, once, and not by each caller remembering (ADR 0005).
 *
 * <p>A request is a web request when it has an HTTP method; the placeholder request a test framework binds
 * to its thread has none, and system jobs have no request at all: there every view is written, as before.
 * If the transaction that wrote a row rolls back, the row is gone, so the child counts as not yet viewed.
 */
final class RequestAudit {

    private static final String VIEWED = RequestAudit.class.getName() + ".viewed";
    private static final String SEARCHED = RequestAudit.class.getName() + ".searched";
    private static final String OPENED = RequestAudit.class.getName() + ".opened";

    private RequestAudit() {}

    /** Whether a view of {@code childId} is to be written now: the first in a GET (or outside a request). */
    static boolean firstViewOf(UUID childId) {
        HttpServletRequest request = webRequest();
        if (request == null) {
            return true;
        }
        if (!isRead(request)) {
            return false; // a write records CREATED/CHANGED; showing its form again is not a new view
        }
        @SuppressWarnings("unchecked")
        Set<UUID> viewed = (Set<UUID>) request.getAttribute(VIEWED);
        if (viewed == null) {
            viewed = new HashSet<>();
            request.setAttribute(VIEWED, viewed);
        }
        if (!viewed.add(childId)) {
            return false;
        }
        Set<UUID> recorded = viewed;
        onRollback(() -> recorded.remove(childId));
        return true;
    }

    /**
     * Notes that a GET request opened the child's record; unless the request records a more specific view of
     * the child, {@link JdbcAuditTrail#writeOpened} writes its view when the handler has finished.
     */
    static void open(UUID serviceId, UUID childId) {
        HttpServletRequest request = webRequest();
        if (request == null || !isRead(request) || alreadyViewed(request, childId)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<UUID, UUID> opened = (Map<UUID, UUID>) request.getAttribute(OPENED);
        if (opened == null) {
            opened = new LinkedHashMap<>();
            request.setAttribute(OPENED, opened);
        }
        opened.putIfAbsent(childId, serviceId);
    }

    /** The records opened and not yet written (child → service), now taken. */
    static Map<UUID, UUID> takeOpened() {
        HttpServletRequest request = webRequest();
        if (request == null) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<UUID, UUID> opened = (Map<UUID, UUID>) request.getAttribute(OPENED);
        request.removeAttribute(OPENED);
        return opened == null ? Map.of() : opened;
    }

    /** Forgets the records opened: the request failed, so they were not shown. */
    static void discardOpened() {
        takeOpened();
    }

    /** "GET /path" of the current request. */
    static String describe() {
        HttpServletRequest request = webRequest();
        return request == null ? "" : request.getMethod().toUpperCase(Locale.ROOT) + " " + request.getRequestURI();
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equalsIgnoreCase(request.getMethod()) || "HEAD".equalsIgnoreCase(request.getMethod());
    }

    /** Whether this web request has already written its view of {@code childId}. */
    static boolean alreadyViewed(UUID childId) {
        HttpServletRequest request = webRequest();
        return request != null && alreadyViewed(request, childId);
    }

    private static boolean alreadyViewed(HttpServletRequest request, UUID childId) {
        return request.getAttribute(VIEWED) instanceof Set<?> children && children.contains(childId);
    }

    /** Whether a search is to be written now: the first of its request (or outside a request). */
    static boolean firstSearch() {
        HttpServletRequest request = webRequest();
        if (request == null) {
            return true;
        }
        if (request.getAttribute(SEARCHED) != null) {
            return false;
        }
        request.setAttribute(SEARCHED, Boolean.TRUE);
        onRollback(() -> request.removeAttribute(SEARCHED));
        return true;
    }

    private static HttpServletRequest webRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String method = request.getMethod();
            return method == null || method.isBlank() ? null : request;
        }
        return null;
    }

    private static void onRollback(Runnable undo) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        undo.run();
                    }
                }
            });
        }
    }
}
