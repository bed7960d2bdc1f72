package org.desist.quality;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class QualityApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Frameworks frameworks;

    String qaLead;
    String board;
    String caseManager;
    String admin;

    @BeforeEach
    void people() {
        YouthJusticeService service = data.service("Quality");
        qaLead = data.account("q.qa", Role.QA_LEAD, service);
        board = data.account("q.board", Role.BOARD_MEMBER, service);
        caseManager = data.account("q.cm", Role.CASE_MANAGER, service);
        admin = data.account("q.admin", Role.ADMINISTRATOR, service);
    }

    /** Every key question of 2018's case-based standards at {@code percentage}, but 2.1.2 at 63. */
    private String ratings2018(String extra) {
        String figures = frameworks.find("HMIP-2018").orElseThrow().standards().stream()
                .filter(Framework.Standard::caseBased)
                .flatMap(s -> s.keyQuestions().stream())
                .map(kq -> "\"" + kq.number() + "\":" + (kq.number().equals("2.1.2") ? "63.0" : "84.0"))
                .collect(Collectors.joining(","));
        return """
                {"framework":"HMIP-2018",
                 "organisational":{"1.1":"GOOD","1.2":"GOOD","1.3":"REQUIRES_IMPROVEMENT","1.4":"INADEQUATE"},
                 "keyQuestions":{%s%s}}
                """.formatted(figures, extra);
    }

    @Test
    void theCalculatorsNeedSignInAndAQualityRole() throws Exception {
        mvc.perform(get("/api/v1/quality/sample-size").param("population", "100"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/quality/frameworks")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/quality/frameworks/HMIP-2018")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/quality/frameworks").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/quality/ratings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ratings2018("")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/quality/sample-size")
                        .param("population", "100")
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/quality/ratings")
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ratings2018("")))
                .andExpect(status().isForbidden());
        // A Board member sees ratings but does not draw samples.
        mvc.perform(get("/api/v1/quality/sample-size")
                        .param("population", "100")
                        .with(authentication(data.authenticationOf(board))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aServiceIsRatedByTheInspectoratesRules() throws Exception {
        // Domain 1: 2 + 2 + 1 + 0 = 5; 2.1 at 63% is Requires improvement (1); the seven other case-based
        // standards at 84% are Outstanding (21): 27, Good.
        mvc.perform(post("/api/v1/quality/ratings")
                        .with(authentication(data.authenticationOf(board)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ratings2018("")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.framework").value("HMIP-2018"))
                .andExpect(jsonPath("$.standards['1.1']").value("GOOD"))
                .andExpect(jsonPath("$.standards['2.1']").value("REQUIRES_IMPROVEMENT"))
                .andExpect(jsonPath("$.standards['2.2']").value("OUTSTANDING"))
                .andExpect(jsonPath("$.score").value(27))
                .andExpect(jsonPath("$.overall").value("GOOD"))
                .andExpect(jsonPath("$.unrated").isEmpty());
    }

    @Test
    void aMissingOrUnknownKeyQuestionIsA400NamingIt() throws Exception {
        String withoutOne = ratings2018(",\"9.9.9\":50.0").replace("\"2.4.3\":84.0,", "");
        mvc.perform(post("/api/v1/quality/ratings")
                        .with(authentication(data.authenticationOf(qaLead)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withoutOne))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("keyQuestions.9.9.9")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("keyQuestions.2.4.3")));
        mvc.perform(post("/api/v1/quality/ratings")
                        .with(authentication(data.authenticationOf(qaLead)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ratings2018("").replace("HMIP-2018", "HMIP-1999")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("framework"))
                .andExpect(jsonPath("$.errors[0].message", containsString("HMIP-2018, HMIP-2021")));
        mvc.perform(post("/api/v1/quality/ratings")
                        .with(authentication(data.authenticationOf(qaLead)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ratings2018("").replace("\"1.4\":\"INADEQUATE\"", "\"1.4\":\"EXCELLENT\"")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSampleSizeFollowsTheFormula() throws Exception {
        mvc.perform(get("/api/v1/quality/sample-size")
                        .param("population", "100")
                        .with(authentication(data.authenticationOf(qaLead))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.population").value(100))
                .andExpect(jsonPath("$.sampleSize").value(63));
        mvc.perform(get("/api/v1/quality/sample-size")
                        .param("population", "-1")
                        .with(authentication(data.authenticationOf(qaLead))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("population"));
        mvc.perform(get("/api/v1/quality/sample-size")
                        .param("population", "many")
                        .with(authentication(data.authenticationOf(qaLead))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theFrameworksAreListedForAdministratorsAndQualityLeads() throws Exception {
        mvc.perform(get("/quality/frameworks").with(authentication(data.authenticationOf(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Standards for inspecting youth offending services (2018)")))
                .andExpect(content().string(containsString("Not confirmed")));
        mvc.perform(get("/quality/frameworks/HMIP-2021").with(authentication(data.authenticationOf(qaLead))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4.1 Resettlement policy and provision")))
                .andExpect(content().string(containsString("not confirmed here")));
        mvc.perform(get("/quality/frameworks/HMIP-1999").with(authentication(data.authenticationOf(qaLead))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/quality/frameworks").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/quality/frameworks").with(authentication(data.authenticationOf(board))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("HMIP-2018"))
                .andExpect(jsonPath("$[0].standards").value(12))
                .andExpect(jsonPath("$[1].id").value("HMIP-2021"));
    }
}
