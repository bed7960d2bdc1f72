package org.desist.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.desist.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.webjars.WebJarVersionLocator;

/**
 * Static files are served from their own path prefixes, cached for a week, and pages link the WebJars by their
 * version; a path that is not a static file is not looked for on the classpath (platform/web/WebConfiguration).
 */
@IntegrationTest
class StaticFilesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void pagesLinkTheWebJarsByVersionAndOurOwnFilesAsTheyAre() throws Exception {
        String page = mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString();
        String govuk = new WebJarVersionLocator().version("govuk-frontend");
        assertThat(page)
                .contains("/webjars/govuk-frontend/" + govuk + "/dist/govuk/govuk-frontend.min.css")
                .contains("href=\"/css/app.css\"", "src=\"/js/app.js\"");
    }

    @Test
    void staticFilesAreCachedForAWeek() throws Exception {
        String govuk = new WebJarVersionLocator().version("govuk-frontend");
        for (String path : new String[] {
            "/css/app.css",
            "/css/print.css",
            "/js/app.js",
            "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
            "/webjars/govuk-frontend/" + govuk + "/dist/govuk/govuk-frontend.min.css",
            "/assets/images/favicon.ico",
            "/favicon.ico"
        }) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=604800"));
        }
    }

    @Test
    void noCatchAllHandlerTurnsEveryLinkIntoAClasspathSearch() {
        // The resource URL filter asks the provider about every link a page writes; a /** handler made each of
        // them a classpath search (80% of the CPU under load, docs/performance.md).
        assertThat(resourceUrls.getHandlerMap().keySet())
                .contains("/css/**", "/js/**", "/webjars/**", "/assets/**", "/favicon.ico")
                .doesNotContain("/**");
        assertThat(resourceUrls.getForLookupPath("/children/4a1c/contacts")).isNull();
    }

    @Test
    void otherPathsAreNotStaticFiles() throws Exception {
        for (String path : new String[] {"/app.css", "/static/css/app.css", "/application.yml", "/db/migration"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as(path)
                    .isNotEqualTo(200);
        }
    }
}
