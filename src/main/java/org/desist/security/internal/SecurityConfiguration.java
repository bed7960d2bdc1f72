package org.desist.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains: the JSON API ({@code /api/**}: bearer tokens, stateless, RFC 9457 problem details
 * for 401/403), its OpenAPI contract ({@code /v3/api-docs}: a bearer token or a signed-in session) and the pages
 * (sign-in form, session with idle timeout, CSRF on every form). Spring Security's usual {@code /login}
 * redirects to {@code /sign-in} ({@link SignInRedirect}). Everything
 * except sign-in, static assets and health needs a signed-in user; what each role may do is checked with
 * {@code @PreAuthorize} on every controller. See docs/adr/0004-security-and-tenancy.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script or style anywhere; pages are never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * No tracing spans for each security filter, authentication and authorization: nothing here collects traces,
     * and a profile under load put the observation wrapped around every filter at about 5% of the CPU (ADR 11).
     * Requests are still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiTokens tokens,
            AccountStore accounts,
            @Value("${desist.security.hsts:false}") boolean hsts)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, accounts), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // no cookies are accepted here, only bearer tokens
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(
                                problem(401, "Unauthorized", "Send a valid API token: Authorization: Bearer <token>."))
                        .accessDeniedHandler(denied()));
        headers(http, hsts);
        return http.build();
    }

    /**
     * The OpenAPI contract, for API clients (a bearer token) and for signed-in users (the API documentation page
     * fetches it); 401 problem details for nobody, never the sign-in page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiContract(
            HttpSecurity http,
            ApiTokens tokens,
            AccountStore accounts,
            @Value("${desist.security.hsts:false}") boolean hsts)
            throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, accounts), UsernamePasswordAuthenticationFilter.class)
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problem(
                                401,
                                "Unauthorized",
                                "Send a valid API token (Authorization: Bearer <token>) or sign in."))
                        .accessDeniedHandler(denied()));
        headers(http, hsts);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, @Value("${desist.security.hsts:false}") boolean hsts)
            throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/sign-in",
                                "/login",
                                "/assets/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::signInFailed))
                .logout(l -> l.logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("DESIST_SESSION"))
                .sessionManagement(s -> s.invalidSessionUrl("/sign-in?timed-out"));
        headers(http, hsts);
        return http.build();
    }

    /**
     * A refused sign-in goes back to the sign-in page; one that failed because the database cannot be reached is the
     * service's 503 "Sorry" page (DatabaseUnavailableFilter), not "the username or password is wrong".
     */
    private static void signInFailed(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.core.AuthenticationException failure)
            throws java.io.IOException, jakarta.servlet.ServletException {
        if (org.desist.platform.web.DatabaseUnavailable.isOutage(failure)) {
            throw failure;
        }
        new org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler("/sign-in?error")
                .onAuthenticationFailure(request, response, failure);
    }

    private static void headers(HttpSecurity http, boolean hsts) throws Exception {
        http.headers(h -> {
            h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY));
            h.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
            h.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
            h.contentTypeOptions(c -> {});
            if (hsts) {
                h.httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000));
            } else {
                h.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
            }
        });
    }

    private static AuthenticationEntryPoint problem(int status, String title, String detail) {
        return (request, response, exception) -> writeProblem(response, status, title, detail, request.getRequestURI());
    }

    private static AccessDeniedHandler denied() {
        return (request, response, exception) ->
                writeProblem(response, 403, "Forbidden", "Your roles do not allow this.", request.getRequestURI());
    }

    static void writeProblem(HttpServletResponse response, int status, String title, String detail, String instance)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"instance\":\"%s\"}"
                        .formatted(title, status, detail, instance.replace("\"", "")));
    }
}
