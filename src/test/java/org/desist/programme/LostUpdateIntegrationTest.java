package org.desist.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same programme or enrolment from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    ProgrammeCatalogue catalogue;

    Programme programme;

    @BeforeEach
    void aProgramme() {
        programme = as(manager, () -> catalogue.add(service.id(), details("Choices", true)));
    }

    @Test
    void changingAProgramme() {
        var outcome = race.race(
                manager,
                () -> catalogue.change(programme.id(), 0, details("Choices: knife crime awareness", true)),
                () -> catalogue.change(programme.id(), 0, details("Choices", false)));

        oneWins(outcome, "programme", ProgrammeCatalogue.RECORD_TYPE, programme.id(), 0);
        assertThat(jdbc.sql("select name || ' ' || active from programme where id = :id")
                        .param("id", programme.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Choices: knife crime awareness true");
    }

    @Test
    void endingAnEnrolment() throws Exception {
        UUID order = referralOrder();
        UUID enrolment = created(
                cmToken, post("/api/v1/interventions/{id}/programme-enrolments", order), """
                {"programmeId": "%s", "startDate": "2027-01-04", "deliveredBy": "Sam Patel (YJS)"}""".formatted(programme.id()));

        var outcome = apiRace(
                caseManager,
                cmToken,
                () -> post("/api/v1/programme-enrolments/{id}/completion", enrolment),
                """
                {"version": 0, "completion": "COMPLETED", "completedOn": "2027-01-29"}""",
                () -> post("/api/v1/programme-enrolments/{id}/completion", enrolment),
                """
                {"version": 0, "completion": "NOT_COMPLETED", "completedOn": "2027-01-20", "reason": "Moved away"}""");

        oneWinsViaApi(outcome, "programme_enrolment", Programmes.ENROLMENT, enrolment, 0);
        assertThat(jdbc.sql("select completion from programme_enrolment where id = :id")
                        .param("id", enrolment)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");
    }

    @Test
    void recordingASpecialistReferralsOutcome() throws Exception {
        UUID order = referralOrder();
        UUID referral = created(cmToken, post("/api/v1/interventions/{id}/specialist-referrals", order), """
                {"agency": "CAMHS_HEALTH", "organisation": "Northbridge CAMHS", "referredOn": "2026-12-10",
                 "reason": "Low mood, poor sleep"}""");

        var outcome = apiRace(
                caseManager,
                cmToken,
                () -> post("/api/v1/specialist-referrals/{id}/outcome", referral),
                """
                {"version": 0, "outcome": "ACCEPTED", "outcomeOn": "2027-01-14", "notes": "First appointment soon"}""",
                () -> post("/api/v1/specialist-referrals/{id}/outcome", referral),
                """
                {"version": 0, "outcome": "DECLINED", "outcomeOn": "2027-01-14"}""");

        oneWinsViaApi(outcome, "specialist_referral", Programmes.REFERRAL, referral, 0);
        assertThat(jdbc.sql("select outcome from specialist_referral where id = :id")
                        .param("id", referral)
                        .query(String.class)
                        .single())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void theCompletionPageShowsTheStalePanelToTheSecondEnding() throws Exception {
        UUID order = referralOrder();
        UUID enrolment = created(
                cmToken, post("/api/v1/interventions/{id}/programme-enrolments", order), """
                {"programmeId": "%s", "startDate": "2027-01-04", "deliveredBy": "Sam Patel (YJS)"}""".formatted(programme.id()));
        api(cmToken, post("/api/v1/programme-enrolments/{id}/completion", enrolment), """
                {"version": 0, "completion": "COMPLETED", "completedOn": "2027-01-29"}""");

        String page = mvc.perform(post("/programme-enrolments/{id}/completion", enrolment)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(data.authenticationOf(caseManager)))
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", "0")
                        .param("completion", "NOT_COMPLETED")
                        .param("completedOn.day", "20")
                        .param("completedOn.month", "1")
                        .param("completedOn.year", "2027")
                        .param("reason", "Moved out of the area"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("This record was changed by " + caseManager)
                .contains("Nothing was saved: check the enrolment and try again.")
                .contains("Moved out of the area");
        assertThat(version("programme_enrolment", enrolment)).isEqualTo(1);
    }

    private static ProgrammeDetails details(String name, boolean active) {
        return new ProgrammeDetails(name, Delivery.GROUP, ProgrammeTopic.KNIFE_CRIME, 6, "Six weekly sessions", active);
    }
}
