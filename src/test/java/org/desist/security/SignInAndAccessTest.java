package org.desist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.desist.IntegrationTest;
import org.desist.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in, lockout, roles (403), CSRF, security headers and API tokens, against PostgreSQL. */
@IntegrationTest
class SignInAndAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signsInWithTheRightPasswordOnly() throws Exception {
        String user = data.account("cm", Role.CASE_MANAGER, data.service("Sign"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", user).param("password", "wrong"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", user).param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void locksTheAccountAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
        String user = data.account("lock", Role.CASE_MANAGER, data.service("Lock"));
        for (int i = 0; i < 3; i++) { // desist.sign-in.max-failures is 3 in the test profile
            mvc.perform(post("/sign-in").with(csrf()).param("username", user).param("password", "guess" + i))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(post("/sign-in").with(csrf()).param("username", user).param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
        assertThat(jdbc.sql("select locked_until is not null from user_account where username = :u")
                        .param("u", user)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() throws Exception {
        String user = data.account("reset", Role.CASE_MANAGER, data.service("Reset"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", user).param("password", "wrong"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", user).param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select failed_sign_ins from user_account where username = :u")
                        .param("u", user)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void rolesWithoutAccessToChildrenGet403() throws Exception {
        var service = data.service("Roles");
        String panel = data.account("panel", Role.PANEL_MEMBER, service);
        String caseManager = data.account("cm", Role.CASE_MANAGER, service);
        mvc.perform(get("/children").with(authentication(data.authenticationOf(panel))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children").header("Authorization", "Bearer " + data.apiToken(caseManager)))
                .andExpect(status().isOk());
        String boardToken = data.apiToken(data.account("board", Role.BOARD_MEMBER, service));
        mvc.perform(get("/api/v1/children").header("Authorization", "Bearer " + boardToken))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/audit").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        String user = data.account("csrf", Role.CASE_MANAGER, data.service("Csrf"));
        // Refused before it reaches the controller; like an expired session, it goes back to sign-in.
        mvc.perform(post("/account/api-tokens")
                        .param("name", "no csrf token")
                        .with(authentication(data.authenticationOf(user))))
                .andExpect(redirectedUrl("/sign-in?timed-out"));
        assertThat(jdbc.sql("select count(*) from api_token where name = 'no csrf token'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/sign-in")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void apiTokensAreStoredHashedAndStopWorkingWhenRevoked() throws Exception {
        String user = data.account("tokens", Role.CASE_MANAGER, data.service("Tokens"));
        String page = mvc.perform(post("/account/api-tokens")
                        .with(csrf())
                        .with(authentication(data.authenticationOf(user)))
                        .param("name", "reporting"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = page.replaceAll("(?s).*(desist_[A-Za-z0-9_-]{43}).*", "$1");
        assertThat(token).startsWith("desist_").hasSize(50);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("the raw token is never stored")
                .isZero();

        mvc.perform(get("/api/v1/children").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        var row = jdbc.sql("select id, last_used_at is not null as used from api_token where name = 'reporting' "
                        + "and user_id = (select id from user_account where username = :u)")
                .param("u", user)
                .query((rs, n) -> new Object[] {rs.getObject("id"), rs.getBoolean("used")})
                .single();
        assertThat(row[1]).isEqualTo(true);

        String someoneElse = data.account("other", Role.CASE_MANAGER, data.service("Other"));
        mvc.perform(post("/account/api-tokens/{id}/revoke", row[0])
                        .with(csrf())
                        .with(authentication(data.authenticationOf(someoneElse))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/api-tokens/{id}/revoke", row[0])
                        .with(csrf())
                        .with(authentication(data.authenticationOf(user))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/children").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select summary from audit_event where record_type = 'API_TOKEN' and actor_username = :u"
                                + " order by id")
                        .param("u", user)
                        .query(String.class)
                        .list())
                .as("creating and revoking tokens is audited")
                .containsExactly("Created the API token 'reporting'", "Revoked an API token");
    }
}
