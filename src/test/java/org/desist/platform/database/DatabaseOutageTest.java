package org.desist.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * With PostgreSQL stopped, requests fail fast (the pool's 2 s connection timeout) with a 503: a problem detail
 * from the API, whether the failure is in the bearer-token filter or in a controller, and the GOV.UK "Sorry" page
 * for pages. Started again on the same data directory and port, the service recovers by itself (issue 14).
 * Its own context, since it stops the database under it; closed after the class.
 */
@IntegrationTest
@TestPropertySource(properties = "desist.test.context=database-outage")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void aDatabaseOutageIsA503WithinSecondsAndTheServiceRecoversByItself() throws Exception {
        String user = data.account("outage", Role.CASE_MANAGER, data.service("Outage"));
        String token = data.apiToken(user);
        var signedIn = data.authenticationOf(user);
        RequestBuilder apiWithToken = get("/api/v1/children").header("Authorization", "Bearer " + token);
        RequestBuilder apiSignedIn = get("/api/v1/children").with(authentication(signedIn));
        RequestBuilder page = get("/children").with(authentication(signedIn));
        assertThat(perform(apiWithToken).getStatus()).isEqualTo(200);
        assertThat(perform(page).getStatus()).isEqualTo(200);

        Path dataDirectory = Path.of(JdbcClient.create(postgres.getPostgresDatabase())
                .sql("show data_directory")
                .query(String.class)
                .single());
        Path pgCtl = OrphanedPostmaster.pgCtlServing(dataDirectory);
        OrphanedPostmaster.pgCtl(pgCtl, "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w");

        for (RequestBuilder api : new RequestBuilder[] {apiWithToken, apiSignedIn}) {
            long started = System.nanoTime();
            MockHttpServletResponse response = perform(api);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN);
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString())
                    .contains("\"status\":503")
                    .contains("\"title\":\"Service unavailable\"")
                    .contains("urn:desist:problem:database-unavailable");
        }
        long started = System.nanoTime();
        MockHttpServletResponse sorry = perform(page);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN);
        assertThat(sorry.getStatus()).isEqualTo(503);
        assertThat(sorry.getContentType()).startsWith("text/html");
        assertThat(sorry.getContentAsString())
                .contains("Sorry, there is a problem with the service")
                .contains("govuk-heading-l");

        // Signing in needs the database too: the same page, not "the username or password is wrong".
        started = System.nanoTime();
        MockHttpServletResponse signIn = perform(post("/sign-in")
                .param("username", user)
                .param("password", TestData.PASSWORD)
                .with(csrf()));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN);
        assertThat(signIn.getStatus()).isEqualTo(503);
        assertThat(signIn.getRedirectedUrl()).isNull();
        assertThat(signIn.getContentAsString()).contains("Sorry, there is a problem with the service");

        OrphanedPostmaster.pgCtl(
                pgCtl,
                "-D",
                dataDirectory.toString(),
                "-o",
                "-p " + postgres.getPort() + " -c listen_addresses=localhost",
                "-l",
                dataDirectory.resolve("restart.log").toString(),
                "-w",
                "start");
        assertThat(untilOk(apiWithToken)).isEqualTo(200);
        assertThat(untilOk(apiSignedIn)).isEqualTo(200);
        assertThat(untilOk(page)).isEqualTo(200);
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The pool reconnects by itself: polls (bounded, 15 s) until the request answers 200; its last status. */
    private int untilOk(RequestBuilder request) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int status;
        do {
            status = perform(request).getStatus();
            if (status == 200) {
                return status;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return status;
    }
}
