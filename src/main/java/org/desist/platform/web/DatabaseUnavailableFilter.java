package org.desist.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The database cannot be reached by a filter (the API's bearer-token filter loads the token and its account) or
 * by anything else no {@code @ExceptionHandler} answered: the same 503 as {@link DatabaseUnavailable}, instead of
 * the container's error page (whose layout would ask the database again). Runs just outside Spring Security.
 */
@Component
class DatabaseUnavailableFilter extends OncePerRequestFilter implements Ordered {

    /** Just before Spring Security's filter chain (-100), after the request context filter (-105). */
    static final int ORDER = -101;

    private final ObjectProvider<ThymeleafViewResolver> viewResolvers;

    DatabaseUnavailableFilter(ObjectProvider<ThymeleafViewResolver> viewResolvers) {
        this.viewResolvers = viewResolvers;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseUnavailable.isOutage(e)) {
                throw e;
            }
            DatabaseUnavailable.logOutage(request, e);
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            if (DatabaseUnavailable.isApi(request)) {
                writeProblem(request, response);
            } else {
                writePage(request, response);
            }
        }
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"%s\",\"title\":\"%s\",\"status\":503,\"detail\":\"%s\",\"instance\":\"%s\"}"
                        .formatted(
                                DatabaseUnavailable.TYPE,
                                DatabaseUnavailable.TITLE,
                                DatabaseUnavailable.DETAIL,
                                request.getRequestURI().replace("\\", "").replace("\"", "")));
    }

    private void writePage(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        for (ThymeleafViewResolver resolver : viewResolvers.orderedStream().toList()) {
            try {
                View view = resolver.resolveViewName(DatabaseUnavailable.VIEW, request.getLocale());
                if (view != null) {
                    response.setContentType("text/html;charset=UTF-8");
                    view.render(Map.of("status", 503), request, response);
                    return;
                }
            } catch (Exception e) {
                throw new ServletException("Could not render the database-unavailable page", e);
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Sorry, there is a problem with the service. Try again later.");
    }
}
