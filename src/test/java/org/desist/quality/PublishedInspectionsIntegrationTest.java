package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PublishedInspectionsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Frameworks frameworks;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String qaLead;
    String board;
    String otherQa;

    @BeforeEach
    void people() {
        service = data.service("Inspected");
        qaLead = data.account("pi.qa", Role.QA_LEAD, service);
        board = data.account("pi.board", Role.BOARD_MEMBER, service);
        otherQa = data.account("pi.other", Role.QA_LEAD, data.service("NotInspected"));
    }

    /**
     * A 2018 report: domain 1 Good, Good, Requires improvement, Good; every case-based key question at 72% but 2.1.2
     * at 64.5% (rounds to 65: Good) and 2.4.1 at 49.4% (Inadequate); 3.4.2 not applicable. The report published 2.4
     * as Requires improvement, the rest as the rules give, and Good overall.
     */
    private MockHttpServletRequestBuilder report(String as, String... overrides) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("framework", "HMIP-2018");
        params.put("title", "An inspection of youth justice services in Inspected");
        params.put("publishedOn.day", "27");
        params.put("publishedOn.month", "3");
        params.put("publishedOn.year", "2024");
        params.put("reportUrl", "https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/inspected/");
        Framework f = frameworks.find("HMIP-2018").orElseThrow();
        for (Framework.Standard s : f.standards()) {
            if (s.caseBased()) {
                for (Framework.KeyQuestion kq : s.keyQuestions()) {
                    String figure = switch (kq.number()) {
                        case "2.1.2" -> "64.5";
                        case "2.4.1" -> "49.4";
                        case "3.4.2" -> "";
                        default -> "72";
                    };
                    params.put("kq-" + kq.number().replace('.', '-'), figure);
                }
            }
            String rating = switch (s.number()) {
                case "1.3" -> "REQUIRES_IMPROVEMENT";
                case "2.4" -> "REQUIRES_IMPROVEMENT";
                default -> "GOOD";
            };
            params.put("pub-" + s.number().replace('.', '-'), rating);
        }
        params.put("publishedOverall", "GOOD");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder post = post("/quality/inspections")
                .with(authentication(data.authenticationOf(as)))
                .with(csrf());
        params.forEach(post::param);
        return post;
    }

    @Test
    void aPublishedInspectionIsEnteredAndShownBesideTheRatingsByDesistsRules() throws Exception {
        String location = mvc.perform(report(qaLead))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/quality/inspections/*?entered"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/quality/inspections/".length(), location.indexOf('?')));
        // Desist: 1.1–1.4 (2+2+1+2), 2.1–2.3 Good (6), 2.4 Inadequate (0), 3.1–3.4 Good (8): 21, Good. The report
        // rated 2.4 Requires improvement: one difference.
        mvc.perform(get(location).with(authentication(data.authenticationOf(board))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Published inspection entered")))
                .andExpect(content().string(containsString("Good (21 from 12 rated standards)")))
                .andExpect(content().string(containsString("49.40% (49%)")))
                .andExpect(content().string(containsString("64.50% (65%)")))
                .andExpect(content().string(containsString("Differs")));
        mvc.perform(get("/quality/inspections").with(authentication(data.authenticationOf(board))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An inspection of youth justice services in Inspected")))
                .andExpect(content().string(containsString("1 difference")))
                .andExpect(content().string(not(containsString("Enter a published inspection"))));
        // Another service's QA lead cannot see it.
        mvc.perform(get(location).with(authentication(data.authenticationOf(otherQa))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = :id and action = 'CREATED'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReportWithMissingOrImpossibleFiguresComesBackWithEachProblem() throws Exception {
        long before = count();
        mvc.perform(report(
                        qaLead,
                        "title",
                        "",
                        "kq-2-2-1",
                        "seventy",
                        "kq-2-3-1",
                        "120",
                        "pub-2-2",
                        "",
                        "publishedOn.year",
                        "2030"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Key question 2.2.1 must be a percentage, like 72 or 72.5")))
                .andExpect(content().string(containsString("Key question 2.3.1 must be a percentage from 0 to 100")))
                .andExpect(content().string(containsString("href=\"#kq-2-2-1\"")));
        mvc.perform(report(qaLead, "title", "", "pub-2-2", "", "publishedOn.year", "2030"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the report&#39;s title")))
                .andExpect(content().string(containsString("Select the rating the report gave 2.2 Planning")))
                .andExpect(content().string(containsString("must be today or in the past")))
                .andExpect(content().string(containsString("href=\"#pub-2-2\"")));
        // A standard with no figure at all is asked for, not silently left unrated.
        mvc.perform(report(qaLead, "kq-2-2-1", "", "kq-2-2-2", "", "kq-2-2-3", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the percentages the report gives for 2.2 Planning")))
                .andExpect(content().string(containsString("href=\"#kq-2-2-1\"")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyQualityRolesEnterAndTheBoardOnlyReads() throws Exception {
        mvc.perform(get("/quality/inspections")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/quality/inspections/new").with(authentication(data.authenticationOf(board))))
                .andExpect(status().isForbidden());
        mvc.perform(report(board)).andExpect(status().isForbidden());
        String caseManager = data.account("pi.cm", Role.CASE_MANAGER, service);
        mvc.perform(get("/quality/inspections").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/quality/inspections/new").with(authentication(data.authenticationOf(qaLead))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Which framework did the inspection use?")));
        mvc.perform(get("/quality/inspections/new")
                        .param("framework", "HMIP-2021")
                        .with(authentication(data.authenticationOf(qaLead))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4.1 Resettlement policy and provision")))
                .andExpect(content().string(containsString("Not rated")));
    }

    private long count() {
        return jdbc.sql("select count(*) from published_inspection")
                .query(Long.class)
                .single();
    }
}
