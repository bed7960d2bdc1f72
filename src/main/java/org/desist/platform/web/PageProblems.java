package org.desist.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a page request that cannot be handled back to the page the user was on, with a message the layout shows
 * in a GOV.UK error summary ({@code pageProblem}) — for problems found before or outside a form's own
 * validation: a form post too large to read, a date beyond the working-day calendar. Nothing was saved.
 */
public final class PageProblems {

    /** The flash attribute the layout shows. */
    public static final String ATTRIBUTE = "pageProblem";

    private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

    private PageProblems() {}

    /** Answers 303 to the same-origin page the request came from (or the same path), with {@code message}. */
    public static void redirectBack(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", keepForBack(request, response, message));
    }

    /**
     * Keeps {@code message} for the next request to the page to go back to (if the user has a session), and
     * answers that page's path: for a handler that answers the redirect itself.
     */
    public static String keepForBack(HttpServletRequest request, HttpServletResponse response, String message) {
        String target = back(request);
        if (request.getSession(false) != null) {
            FlashMap flash = new FlashMap();
            flash.put(ATTRIBUTE, message);
            flash.setTargetRequestPath(URI.create(target).getPath());
            FLASH.saveOutputFlashMap(flash, request, response);
        }
        return target;
    }

    /** The path (and query) of the same-origin Referer, else the request's own path. */
    static String back(HttpServletRequest request) {
        String own = request.getRequestURI();
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return own;
        }
        try {
            URI uri = URI.create(referer);
            boolean sameOrigin = uri.getHost() != null
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(uri) == request.getServerPort()
                    && uri.getScheme().equalsIgnoreCase(request.getScheme());
            if (!sameOrigin || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
                return own;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return own;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
