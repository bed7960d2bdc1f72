package org.desist.deadline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void addsWorkingDaysAndSaysWhy() throws Exception {
        String token = data.apiToken(data.account("cal", Role.PANEL_MEMBER, data.service("Calendar")));
        mvc.perform(get("/api/v1/calendar/working-days")
                        .param("from", "2026-12-24")
                        .param("add", "5")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2027-01-05"))
                .andExpect(jsonPath("$.explanation")
                        .value("5 working days after Thursday 24 December 2026 is Tuesday 5 January 2027, skipping 3"
                                + " bank holidays (Christmas Day, Boxing Day (substitute day), New Year’s Day)"
                                + " and 4 weekend days"));
    }

    @Test
    void explainsBadInputAsProblemDetails() throws Exception {
        String token = data.apiToken(data.account("cal", Role.CASE_MANAGER, data.service("Calendar")));
        mvc.perform(get("/api/v1/calendar/working-days")
                        .param("from", "24/12/2026")
                        .param("add", "-1")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'from')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'add')]").exists());
        mvc.perform(get("/api/v1/calendar/working-days")
                        .param("from", "2028-12-29")
                        .param("add", "3")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("newer copy")));
    }

    @Test
    void needsAToken() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days")
                        .param("from", "2026-12-24")
                        .param("add", "1"))
                .andExpect(status().isUnauthorized());
    }
}
