package org.desist.appropriateadult;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.platform.Clocks;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The call-out pages: bad input is an error summary (never a 500), a stale save the stale panel, scoping 404. */
@IntegrationTest
@Import(February2027.class)
class CallOutPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CallOuts callOuts;

    String coordinator;
    String other;
    String caseManager;
    CallOut callOut;

    @BeforeEach
    void aCallOut() {
        YouthJusticeService service = data.service("AaPages");
        coordinator = data.account("aap.co", Role.APPROPRIATE_ADULT_COORDINATOR, service);
        caseManager = data.account("aap.cm", Role.CASE_MANAGER, service);
        other = data.account("aap.other", Role.APPROPRIATE_ADULT_COORDINATOR, data.service("AaPagesOther"));
        data.actAs(coordinator);
        callOut = callOuts.record(
                null,
                new CallOut.Request(
                        "Eastgate custody suite",
                        LocalDateTime.of(2027, 1, 31, 22, 10).atZone(Clocks.UK).toInstant(),
                        "Kai Doyle",
                        LocalDate.of(2010, 6, 1),
                        null,
                        "Sam Staff",
                        false,
                        "Nobody on the rota yet"));
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void theQuestionPagesShowTheirProblemsAndAWholeCallOutIsRecordedThroughCheckAnswers() throws Exception {
        MockHttpSession session = new MockHttpSession();
        var as = authentication(data.authenticationOf(coordinator));
        mvc.perform(post("/appropriate-adults/call-outs/new")
                        .session(session)
                        .with(as)
                        .with(csrf())
                        .param("requestedAt.day", "31")
                        .param("requestedAt.month", "2")
                        .param("requestedAt.year", "2027")
                        .param("requestedAtTime", "25:99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the time the custody suite asked like 9:40pm")))
                .andExpect(content().string(containsString("Enter the custody suite that asked")));
        mvc.perform(post("/appropriate-adults/call-outs/new")
                        .session(session)
                        .with(as)
                        .with(csrf())
                        .param("custodySuite", "Eastgate custody suite")
                        .param("requestedAt.day", "1")
                        .param("requestedAt.month", "2")
                        .param("requestedAt.year", "2027")
                        .param("requestedAtTime", "2:15am")
                        .param("childName", "Mia Rowe"))
                .andExpect(redirectedUrl("/appropriate-adults/call-outs/new/attendee"));
        mvc.perform(post("/appropriate-adults/call-outs/new/attendee")
                        .session(session)
                        .with(as)
                        .with(csrf())
                        .param("attendeeName", "other")
                        .param("otherAttendee", "Sam Staff"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why someone not on the rota attended")));
        mvc.perform(post("/appropriate-adults/call-outs/new/attendee")
                        .session(session)
                        .with(as)
                        .with(csrf())
                        .param("attendeeName", "other")
                        .param("otherAttendee", "Sam Staff")
                        .param("offRotaReason", "The volunteer was at Northbridge Central"))
                .andExpect(redirectedUrl("/appropriate-adults/call-outs/new/check"));
        mvc.perform(get("/appropriate-adults/call-outs/new/check")
                        .session(session)
                        .with(as))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 February 2027 at 2:15am")));
        String saved = mvc.perform(post("/appropriate-adults/call-outs/new/check")
                        .session(session)
                        .with(as)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(saved.substring(0, saved.indexOf('?'))).with(as))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mia Rowe")))
                .andExpect(content().string(containsString("The volunteer was at Northbridge Central")));
    }

    @Test
    void aLeavingWithChoicesNotOnThePageIsAnErrorSummaryAndAStaleSaveShowsWhoChangedIt() throws Exception {
        var as = authentication(data.authenticationOf(coordinator));
        String path = "/appropriate-adults/call-outs/" + callOut.id();
        mvc.perform(post(path + "/leaving")
                        .with(as)
                        .with(csrf())
                        .param("version", "0")
                        .param("leftAt.day", "1")
                        .param("leftAt.month", "2")
                        .param("leftAt.year", "2027")
                        .param("leftAtTime", "3:00am")
                        .param("outcome", "BOGUS")
                        .param("procedures", "NOT_A_PROCEDURE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select the outcome")))
                .andExpect(content().string(containsString("Select the procedures the appropriate adult attended")))
                .andExpect(content().string(containsString("Record when the appropriate adult arrived first")));
        mvc.perform(post(path + "/arrival")
                        .with(as)
                        .with(csrf())
                        .param("version", "0")
                        .param("arrivedAt.day", "31")
                        .param("arrivedAt.month", "1")
                        .param("arrivedAt.year", "2027")
                        .param("arrivedAtTime", "23:00"))
                .andExpect(redirectedUrl(path + "?arrived"));
        mvc.perform(post(path + "/arrival")
                        .with(as)
                        .with(csrf())
                        .param("version", "0")
                        .param("arrivedAt.day", "31")
                        .param("arrivedAt.month", "1")
                        .param("arrivedAt.year", "2027")
                        .param("arrivedAtTime", "23:30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("while you were editing it")));
        mvc.perform(get(path).with(as))
                .andExpect(content().string(containsString("31 January 2027 at 11:00pm")))
                .andExpect(content().string(not(containsString("11:30pm"))));
    }

    @Test
    void anotherServicesCallOutIsNotFoundAndACaseManagerIsRefused() throws Exception {
        String path = "/appropriate-adults/call-outs/" + callOut.id();
        mvc.perform(get(path).with(authentication(data.authenticationOf(other))))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/appropriate-adults").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/appropriate-adults/measures").with(authentication(data.authenticationOf(coordinator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Median response time")));
    }
}
