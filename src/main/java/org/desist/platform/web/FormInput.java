package org.desist.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every request's parameters (a form post, a query string) go through before Spring Security and the
 * controllers see them:
 *
 * <ul>
 *   <li>control characters (U+0000–U+001F except tab, line feed and carriage return, and U+007F) are removed:
 *       a browser cannot type them, PostgreSQL refuses NUL in text, and stripping them is what a user who pasted
 *       one would want. Every page's binding (records bound by constructor, {@code @RequestParam}) reads the
 *       parameters through this, so one place covers every form;
 *   <li>a page's form post larger than Tomcat accepts ({@code server.tomcat.max-http-form-post-size}, 2 MB
 *       unless configured) is not read at all: the answer is 303 back to the page the user was on (the
 *       same-origin Referer, else the same path) with "Nothing was saved…" in the page's error summary, not
 *       Tomcat's refusal (a closed connection, or a JSON 413 from the error page). Tomcat discards the unread
 *       body ({@code server.tomcat.max-swallow-size}) so the browser receives the redirect.
 * </ul>
 *
 * It runs before Spring Security, whose CSRF check would otherwise read the body.
 */
@Configuration(proxyBeanMethods = false)
class FormInput {

    /** Before Spring Security's filter chain (-100), after character encoding. */
    static final int ORDER = -150;

    @Bean
    FilterRegistrationBean<FormInputFilter> formInputFilter(
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormPostSize,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxMultipartSize) {
        var registration = new FilterRegistrationBean<>(
                new FormInputFilter(maxFormPostSize.toBytes(), maxMultipartSize.toBytes()));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** {@code text} without the control characters a form may not send. */
    static String strip(String text) {
        if (text == null || JsonInput.forbiddenCharacter(text) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    static final class FormInputFilter extends OncePerRequestFilter {

        private final long maxFormPostSize;
        private final long maxMultipartSize;

        FormInputFilter(long maxFormPostSize, long maxMultipartSize) {
            this.maxFormPostSize = maxFormPostSize;
            this.maxMultipartSize = maxMultipartSize;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (tooLarge(request)) {
                PageProblems.redirectBack(
                        request,
                        response,
                        "Nothing was saved: what you sent was too large (more than "
                                + megabytes(limit(request)) + "). Shorten the longest text and try again, or "
                                + "save it in parts.");
                return;
            }
            chain.doFilter(new Stripped(request), response);
        }

        private boolean tooLarge(HttpServletRequest request) {
            if (!"POST".equalsIgnoreCase(request.getMethod())
                    || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                return false;
            }
            long limit = limit(request);
            return limit >= 0 && request.getContentLengthLong() > limit;
        }

        private long limit(HttpServletRequest request) {
            String type = request.getContentType();
            if (type == null) {
                return -1;
            }
            type = type.toLowerCase(java.util.Locale.ROOT);
            if (type.startsWith("application/x-www-form-urlencoded")) {
                return maxFormPostSize;
            }
            if (type.startsWith("multipart/form-data")) {
                return maxMultipartSize;
            }
            return -1;
        }

        private static String megabytes(long bytes) {
            long mb = bytes / (1024 * 1024);
            return mb >= 1 ? mb + " MB" : (bytes / 1024) + " KB";
        }
    }

    /** The request with its parameters' control characters removed. */
    static final class Stripped extends HttpServletRequestWrapper {

        private Map<String, String[]> source;
        private Map<String, String[]> parameters;

        Stripped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> original = super.getParameterMap();
            if (original != source) {
                source = original;
                parameters = needsStripping(original) ? stripped(original) : original;
            }
            return parameters;
        }

        private static boolean needsStripping(Map<String, String[]> parameters) {
            for (var entry : parameters.entrySet()) {
                if (JsonInput.forbiddenCharacter(entry.getKey()) >= 0) {
                    return true;
                }
                for (String value : entry.getValue()) {
                    if (value != null && JsonInput.forbiddenCharacter(value) >= 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static Map<String, String[]> stripped(Map<String, String[]> original) {
            Map<String, String[]> stripped = new LinkedHashMap<>();
            original.forEach((name, values) -> {
                String[] kept = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    kept[i] = strip(values[i]);
                }
                stripped.put(strip(name), kept);
            });
            return Collections.unmodifiableMap(stripped);
        }
    }
}
