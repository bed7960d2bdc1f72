package org.desist.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** DESIST_BOOTSTRAP_TOKEN provisions an administrator API token with that value. */
@SpringBootTest(properties = "desist.bootstrap-token=" + BootstrapTokenTest.TOKEN)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BootstrapTokenTest {

    static final String TOKEN = "bootstrap-0123456789-abcdefghij-0123456789";

    @Autowired
    MockMvc mvc;

    @Test
    void theBootstrapTokenActsAsAnAdministrator() throws Exception {
        // It authenticates (not 401) as an administrator, who may not read children (403).
        mvc.perform(get("/api/v1/children").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children").header("Authorization", "Bearer not-" + TOKEN))
                .andExpect(status().isUnauthorized());
    }
}
