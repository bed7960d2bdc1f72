package org.desist.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad values in API bodies and form posts are field errors, never a 500. */
@IntegrationTest
class BadInputIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    String token;

    @BeforeEach
    void anApiUser() {
        var service = data.service("Badinput");
        token = data.apiToken(data.account("bad.om", Role.OPERATIONAL_MANAGER, service));
    }

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void aNulInAChildsNameIsAFieldError() throws Exception {
        postJson("/api/v1/children", "{\"givenName\": \"Ka\\u0000i\", \"familyName\": \"Mensah\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("U+0000")));
    }

    @Test
    void anImpossibleDateNamesItsField() throws Exception {
        postJson("/api/v1/children", "{\"givenName\": \"Kai\", \"dateOfBirth\": \"2020-02-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("YYYY-MM-DD")));
    }

    @Test
    void theYearOneIsAFieldError() throws Exception {
        postJson("/api/v1/children", "{\"dateOfBirth\": \"0001-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1900")));
    }

    @Test
    void anUnknownChoiceListsTheAcceptedOnes() throws Exception {
        postJson("/api/v1/children", "{\"gender\": \"SOMETIMES\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gender"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Enter one of: ")));
    }

    @Test
    void aNumberWhereTextIsExpectedIsAFieldError() throws Exception {
        postJson("/api/v1/children", "{\"postcode\": 12345}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("postcode"));
    }

    @Test
    void textOverTheCeilingIsAFieldError() throws Exception {
        postJson("/api/v1/children", "{\"town\": \"" + "x".repeat(10_001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("town"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("10,000")));
    }
}
