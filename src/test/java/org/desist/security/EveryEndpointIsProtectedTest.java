package org.desist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No endpoint is reachable without signing in, except sign-in, static assets, health and the error page;
 * and every Desist controller method says which capability it needs. Fails when someone adds an
 * unprotected endpoint.
 */
@IntegrationTest
class EveryEndpointIsProtectedTest {

    /** The only endpoints anyone may reach without signing in. */
    private static final Set<String> PUBLIC = Set.of("/sign-in", "/error");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointNeedsSigningIn() throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> reachable = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (PUBLIC.contains(pattern)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{index}", "0")
                        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    // With a valid CSRF token, so only authentication stands in the way.
                    MvcResult result = mvc.perform(request(HttpMethod.valueOf(method.name()), path)
                                    .with(csrf()))
                            .andReturn();
                    int status = result.getResponse().getStatus();
                    String location = result.getResponse().getRedirectedUrl();
                    // The OpenAPI contract is for API clients too: a 401 problem, not the sign-in page.
                    boolean api = path.startsWith("/api/") || path.startsWith("/v3/api-docs");
                    boolean protectedPage = status == 302 && location != null && location.endsWith("/sign-in");
                    boolean protectedApi = status == 401
                            && result.getResponse().getContentType().startsWith("application/problem+json");
                    if (!(api ? protectedApi : protectedPage)) {
                        reachable.add(method + " " + path + " → " + status + " " + location);
                    }
                    checked.add(method + " " + pattern);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(20);
        assertThat(reachable).as("endpoints reachable without signing in").isEmpty();
    }

    @Test
    void everyControllerMethodDeclaresTheCapabilityItNeeds() {
        List<String> unguarded = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.desist")) {
                return;
            }
            if (info.getPatternValues().stream().allMatch(PUBLIC::contains)) {
                return;
            }
            if (!guarded(handler)) {
                unguarded.add(handler.getBeanType().getSimpleName() + "."
                        + handler.getMethod().getName());
            }
        });
        assertThat(unguarded).as("controller methods without @PreAuthorize").isEmpty();
    }

    @Test
    void assetsAndHealthArePublic() throws Exception {
        for (String path : List.of(
                "/sign-in",
                "/css/app.css",
                "/js/app.js",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
                "/assets/images/favicon.ico",
                "/actuator/health")) {
            assertThat(mvc.perform(request(HttpMethod.GET, path))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(path)
                    .isEqualTo(200);
        }
    }

    private static boolean guarded(HandlerMethod handler) {
        Method method = handler.getMethod();
        return AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
}
