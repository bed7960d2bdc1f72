package org.desist.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.desist.LostUpdateTest;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtKind;
import org.desist.court.CourtReport;
import org.desist.court.CourtWork;
import org.desist.court.HearingType;
import org.desist.court.Outcome;
import org.desist.court.ReportType;
import org.desist.order.RequirementType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two recordings of the same liaison with social care from the same version (two people with the liaison page
 * open): one wins whole, the other is told who recorded it first; the due item is met once.
 */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    SocialCareLiaisons liaisons;

    @Autowired
    CourtWork court;

    UUID liaison;

    @BeforeEach
    void aResidenceRequirementConsidered() {
        UUID offence = offence(LocalDate.of(2026, 11, 20));
        CourtAppearance appearance = as(
                caseManager,
                () -> court.recordAppearance(
                        data.accessible(caseManager, child.id()),
                        new CourtWork.NewAppearance(
                                LocalDate.of(2026, 12, 11),
                                "Northbridge Youth Court",
                                CourtKind.YOUTH_COURT,
                                HearingType.FIRST,
                                List.of(offence),
                                Outcome.ADJOURNED,
                                null,
                                LocalDate.of(2027, 1, 12),
                                null)));
        CourtReport report = as(
                caseManager,
                () -> court.requestReport(
                        appearance.id(),
                        new CourtWork.NewReport(
                                ReportType.PRE_SENTENCE, LocalDate.of(2027, 1, 4), userId(caseManager), null, null)));
        liaison = as(
                        caseManager,
                        () -> liaisons.consider(
                                childRecords.responsibleChild(child.id()),
                                report.id(),
                                new LiaisonRules.Considered(RequirementType.RESIDENCE, LocalDate.of(2026, 12, 14))))
                .id();
    }

    @Test
    void recordingTheLiaison() {
        var outcome = race.race(
                caseManager,
                () -> liaisons.recordLiaison(
                        childRecords.responsibleChild(child.id()),
                        liaison,
                        0,
                        new LiaisonRules.Liaison(
                                LocalDate.of(2027, 1, 4), "A: Jo Hughes, social worker", "Supports the aunt")),
                () -> liaisons.recordLiaison(
                        childRecords.responsibleChild(child.id()),
                        liaison,
                        0,
                        new LiaisonRules.Liaison(
                                LocalDate.of(2027, 1, 5), "B: Kim Lee, team manager", "Wants a meeting first")));

        var stale = oneWins(outcome, "social_care_liaison", SocialCareLiaisons.RECORD_TYPE, liaison, 0);
        assertThat(stale.changedBy()).isEqualTo(caseManager);
        assertThat(jdbc.sql(
                                "select social_care_contact || ' on ' || liaised_on from social_care_liaison where id = :id")
                        .param("id", liaison)
                        .query(String.class)
                        .single())
                .isEqualTo("A: Jo Hughes, social worker on 2027-01-04");
        // The liaison's due item was met once, on A's date.
        assertThat(jdbc.sql("select met_on from due_item where trigger_record_id = :id and status = 'MET'")
                        .param("id", liaison)
                        .query(LocalDate.class)
                        .list())
                .containsExactly(LocalDate.of(2027, 1, 4));
    }

    @Test
    void theSecondPageSaveShowsTheStalePanelWithItsAnswers() {
        var user = authentication(data.authenticationOf(caseManager));
        AtomicInteger statusB = new AtomicInteger();
        AtomicReference<String> pageB = new AtomicReference<>();
        var outcome = race.race(caseManager, () -> page(user, "4", "A: Jo Hughes, social worker"), () -> {
            var response = page(user, "5", "B: Kim Lee, team manager");
            statusB.set(response.getStatus());
            pageB.set(content(response));
            return response.getStatus();
        });

        assertThat(outcome.aFailure()).as("save A").isNull();
        assertThat(outcome.bWaitedForA()).as("save B waited for A's row lock").isTrue();
        assertThat(statusB.get()).as("save B").isEqualTo(200);
        assertThat(pageB.get())
                .contains("This record was changed by " + caseManager)
                .contains("Nothing was saved: check the liaison and try again.")
                .contains("B: Kim Lee, team manager");
        assertThat(version("social_care_liaison", liaison)).isEqualTo(1);
        assertThat(changedAuditRows(SocialCareLiaisons.RECORD_TYPE, liaison, 1)).isEqualTo(1);
        assertThat(changedAuditRows(SocialCareLiaisons.RECORD_TYPE, liaison, 2)).isZero();
        assertThat(jdbc.sql("select social_care_contact from social_care_liaison where id = :id")
                        .param("id", liaison)
                        .query(String.class)
                        .single())
                .isEqualTo("A: Jo Hughes, social worker");
    }

    private org.springframework.mock.web.MockHttpServletResponse page(
            org.springframework.test.web.servlet.request.RequestPostProcessor user, String day, String contact) {
        try {
            return mvc.perform(post("/children/{id}/social-care-liaison/{l}", child.id(), liaison)
                            .with(user)
                            .with(csrf())
                            .param("version", "0")
                            .param("liaisedOn.day", day)
                            .param("liaisedOn.month", "1")
                            .param("liaisedOn.year", "2027")
                            .param("contact", contact)
                            .param("outcome", "Discussed the residence requirement"))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(org.springframework.mock.web.MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
