package org.desist.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.Interventions;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.platform.Clocks;
import org.desist.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The victim worker's pages: who reaches them, error summaries, the stale panel, read-only once closed. */
@IntegrationTest
class VictimWorkPagesTest {

    static final String NAME = "Hollis Fictional-Testname";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Offences offences;

    @Autowired
    Victims victims;

    @Autowired
    Interventions interventions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    VictimFixture.Setup s;

    @BeforeEach
    void aVictim() {
        s = new VictimFixture(data, records, offences, victims, interventions, transactions)
                .setUp("VictimPages", NAME, OffenceCategory.VIOLENCE_AGAINST_THE_PERSON);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private RequestPostProcessor as(String username) {
        return authentication(data.authenticationOf(username));
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aCaseManagerIsRefusedAndAnotherServiceFindsNothing() throws Exception {
        String victim = "/victims/" + s.victimId();
        mvc.perform(get("/victims").with(as(s.caseManager()))).andExpect(status().isForbidden());
        mvc.perform(get(victim).with(as(s.caseManager()))).andExpect(status().isForbidden());
        mvc.perform(get(victim + "/contact").with(as(s.caseManager()))).andExpect(status().isForbidden());
        mvc.perform(post(victim + "/contact")
                        .with(as(s.caseManager()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        String other = data.account("vpages.other", Role.VICTIM_WORKER, data.service("VictimPagesOther"));
        mvc.perform(get(victim).with(as(other))).andExpect(status().isNotFound());
        assertThat(page(other, "/victims?view=all")).doesNotContain(NAME);
    }

    @Test
    void everyQuestionPageOpensAndBadInputShowsAnErrorSummaryAndSavesNothing() throws Exception {
        String victim = "/victims/" + s.victimId();
        assertThat(page(s.victimWorker(), "/victims?view=all")).contains(NAME).contains("Not allocated");
        assertThat(page(s.victimWorker(), victim))
                .contains(NAME)
                .contains("Kieran Holt")
                .contains("Assault in the park")
                .contains("Not eligible for probation’s Victim Contact Service");
        for (String q : new String[] {
            "contact",
            "consent",
            "wishes",
            "offer",
            "support-referral",
            "update",
            "allocation",
            "offence",
            "vlu-referral",
            "closure"
        }) {
            assertThat(page(s.victimWorker(), victim + "/" + q)).as(q).contains("<form");
        }
        String refused = mvc.perform(post(victim + "/contact")
                        .with(as(s.victimWorker()))
                        .with(csrf())
                        .param("version", "0")
                        .param("on.day", "31")
                        .param("on.month", "2")
                        .param("on.year", "2026")
                        .param("made", "yes"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("href=\"#on-day\"");
        LocalDate today = LocalDate.now(Clocks.UK);
        String noOutcome = mvc.perform(post(victim + "/contact")
                        .with(as(s.victimWorker()))
                        .with(csrf())
                        .param("version", "0")
                        .param("on.day", "" + today.getDayOfMonth())
                        .param("on.month", "" + today.getMonthValue())
                        .param("on.year", "" + today.getYear())
                        .param("time", "00:05")
                        .param("method", "PHONE")
                        .param("withWhom", "VICTIM")
                        .param("made", "yes"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noOutcome).contains("Enter the outcome of the contact");
        assertThat(jdbc.sql("select count(*) from victim_contact where victim_id = :v")
                        .param("v", s.victimId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaleSaveShowsWhoChangedItAndAClosedVictimIsReadOnly() throws Exception {
        String victim = "/victims/" + s.victimId();
        LocalDate today = LocalDate.now(Clocks.UK);
        mvc.perform(post(victim + "/support-referral")
                        .with(as(s.victimWorker()))
                        .with(csrf())
                        .param("version", "0")
                        .param("service", "A support hub")
                        .param("on.day", "" + today.getDayOfMonth())
                        .param("on.month", "" + today.getMonthValue())
                        .param("on.year", "" + today.getYear()))
                .andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post(victim + "/closure")
                        .with(as(s.victimWorker()))
                        .with(csrf())
                        .param("version", "0")
                        .param("reason", "Finished")
                        .param("on.day", "" + today.getDayOfMonth())
                        .param("on.month", "" + today.getMonthValue())
                        .param("on.year", "" + today.getYear()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale).contains("while you were editing it").contains("name=\"version\" value=\"1\"");
        mvc.perform(post(victim + "/closure")
                        .with(as(s.victimWorker()))
                        .with(csrf())
                        .param("version", "1")
                        .param("reason", "Finished")
                        .param("on.day", "" + today.getDayOfMonth())
                        .param("on.month", "" + today.getMonthValue())
                        .param("on.year", "" + today.getYear()))
                .andExpect(status().is3xxRedirection());
        String closed = page(s.victimWorker(), victim);
        assertThat(closed).contains("Closed on").doesNotContain("Record a contact or attempt");
        String refused = mvc.perform(post(victim + "/offer")
                        .with(as(s.victimWorker()))
                        .with(csrf())
                        .param("version", "2")
                        .param("offer", "INFORMATION")
                        .param("on.day", "" + today.getDayOfMonth())
                        .param("on.month", "" + today.getMonthValue())
                        .param("on.year", "" + today.getYear()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("The victim work is closed");
    }

    @Test
    void updatesGivenShowOnceTheVictimAskedToBeKeptInformedAndBadInputSavesNothing() throws Exception {
        String victim = "/victims/" + s.victimId();
        LocalDate today = LocalDate.now(Clocks.UK);
        assertThat(page(s.victimWorker(), victim)).doesNotContain("Updates given");
        mvc.perform(post(victim + "/wishes")
                        .with(as(s.victimWorker()))
                        .with(csrf())
                        .param("version", "0")
                        .param("wantsUpdates", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(s.victimWorker(), victim))
                .contains("Updates given")
                .contains("No update given to the victim is recorded")
                .contains("href=\"" + victim + "/update\"");
        assertThat(page(s.victimWorker(), victim + "/update")).contains("Record an update given to the victim");

        String refused = mvc.perform(post(victim + "/update")
                        .with(as(s.victimWorker()))
                        .with(csrf())
                        .param("version", "1")
                        .param("on.day", "" + today.plusDays(1).getDayOfMonth())
                        .param("on.month", "" + today.plusDays(1).getMonthValue())
                        .param("on.year", "" + today.plusDays(1).getYear()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("govuk-error-summary")
                .contains("href=\"#keyPoint\"")
                .contains("Select the key point the update was about")
                .contains("The date of the update must be today or in the past");
        assertThat(jdbc.sql("select count(*) from victim_update where victim_id = :v")
                        .param("v", s.victimId())
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post(victim + "/update")
                        .with(as(s.victimWorker()))
                        .with(csrf())
                        .param("version", "1")
                        .param("keyPoint", "OTHER")
                        .param("note", "Told them the panel date by phone")
                        .param("on.day", "" + today.getDayOfMonth())
                        .param("on.month", "" + today.getMonthValue())
                        .param("on.year", "" + today.getYear()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(s.victimWorker(), victim))
                .contains("Another point in the case")
                .contains(
                        today.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))
                .contains("Told them the panel date by phone")
                .doesNotContain("No update given to the victim is recorded");
    }
}
