package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same court record from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    CourtWork court;

    @Autowired
    SocialWorkerAtCourt socialWorker;

    @Autowired
    ReportsConsideringParentingOrders parentingOrders;

    UUID firstOffence;
    UUID secondOffence;
    CourtAppearance appearance;

    @BeforeEach
    void anAppearance() {
        firstOffence = offence(LocalDate.of(2026, 11, 20));
        secondOffence = offence(LocalDate.of(2026, 11, 21));
        appearance = as(
                caseManager,
                () -> court.recordAppearance(
                        data.accessible(caseManager, child.id()), appearance("Northbridge Youth Court", firstOffence)));
    }

    @Test
    void correctingAnAppearance() {
        var outcome = race.race(
                caseManager,
                () -> court.correctAppearance(
                        appearance.id(), 0, appearance("Saved by A", firstOffence, secondOffence)),
                () -> court.correctAppearance(appearance.id(), 0, appearance("Saved by B", secondOffence)));

        oneWins(outcome, "court_appearance", CourtWork.APPEARANCE, appearance.id(), 0);
        CourtAppearance stored = as(caseManager, () -> court.appearance(appearance.id()));
        assertThat(stored.courtName()).isEqualTo("Saved by A");
        // The loser's offences (its child rows) were not written either.
        assertThat(stored.offenceIds()).containsExactlyInAnyOrder(firstOffence, secondOffence);
        // The trail shows the winner's change, field by field, diffed from the appearance before and after.
        String changes = jdbc.sql("""
                        select changes::text from audit_event
                         where record_type = :type and record_id = :id and action = 'CHANGED'""")
                .param("type", CourtWork.APPEARANCE)
                .param("id", appearance.id())
                .query(String.class)
                .single();
        assertThat(changes)
                .contains("\"field\": \"Court\"", "\"oldValue\": \"Northbridge Youth Court\"", "Saved by A")
                .contains("\"field\": \"Offences\"")
                .doesNotContain("\"field\": \"Date\"", "\"field\": \"Hearing\"", "Saved by B");
    }

    @Test
    void recordingWhoAccompaniedTheChild() {
        var outcome = race.race(
                caseManager,
                () -> socialWorker.recordAccompaniment(
                        appearance.id(), 0, new Accompaniment(Companion.PARENT, "Ann A", null)),
                () -> socialWorker.recordAccompaniment(
                        appearance.id(), 0, new Accompaniment(Companion.CARER, "Bea B", null)));

        outcome.loserIsStale();
        assertThat(version("court_appearance", appearance.id())).isEqualTo(1);
        assertThat(jdbc.sql("select accompanied_by_name from court_appearance where id = :id")
                        .param("id", appearance.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Ann A");
        assertThat(auditRowsAt(CourtWork.APPEARANCE, appearance.id(), 1)).isEqualTo(1);
    }

    @Test
    void movingAReportsDueDate() {
        CourtReport report = report();
        var outcome = race.race(
                caseManager,
                () -> court.changeDueDate(report.id(), 0, LocalDate.of(2027, 1, 5)),
                () -> court.changeDueDate(report.id(), 0, LocalDate.of(2027, 1, 6)));

        oneWins(outcome, "court_report", CourtWork.REPORT, report.id(), 0);
        assertThat(as(caseManager, () -> court.report(report.id())).dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void markingAReportAsConsideringAParentingOrderPublishesOnce() {
        CourtReport report = report();
        var outcome = race.race(
                caseManager,
                () -> {
                    parentingOrders.markConsidered(report.id(), 0);
                    return null;
                },
                () -> {
                    parentingOrders.markConsidered(report.id(), 0);
                    return null;
                });

        oneWins(outcome, "court_report", CourtWork.REPORT, report.id(), 0);
        assertThat(events.count(
                        ParentingOrderConsidered.class, e -> e.reportId().equals(report.id())))
                .isEqualTo(1);
    }

    @Test
    void theApiAnswersASecondSaveFromTheSameVersionWithAProblem() throws Exception {
        CourtReport report = report();
        api(cmToken, post("/api/v1/court-reports/{id}/due-date", report.id()), """
                        {"version": 0, "dueDate": "2027-01-05"}""")
                .andExpect(status().isOk());
        api(cmToken, post("/api/v1/court-reports/{id}/due-date", report.id()), """
                        {"version": 0, "dueDate": "2027-01-06"}""")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.containsString("stale")))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changedBy").value(caseManager))
                .andExpect(jsonPath("$.changes[0]").value("The court moved the pre-sentence report to 5 January 2027"));
        assertThat(as(caseManager, () -> court.report(report.id())).dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    private CourtReport report() {
        return as(
                caseManager,
                () -> court.requestReport(
                        appearance.id(),
                        new CourtWork.NewReport(
                                ReportType.PRE_SENTENCE, LocalDate.of(2026, 12, 29), userId(caseManager), null, null)));
    }

    private long auditRowsAt(String type, UUID id, long version) {
        return jdbc.sql("""
                        select count(*) from audit_event
                         where record_type = :type and record_id = :id and record_version = :version
                           and action in ('CREATED', 'CHANGED')
                        """)
                .param("type", type)
                .param("id", id)
                .param("version", version)
                .query(Long.class)
                .single();
    }

    private static CourtWork.NewAppearance appearance(String court, UUID... offences) {
        return new CourtWork.NewAppearance(
                LocalDate.of(2026, 12, 11),
                court,
                CourtKind.YOUTH_COURT,
                HearingType.FIRST,
                List.of(offences),
                Outcome.ADJOURNED,
                null,
                LocalDate.of(2027, 1, 12),
                null);
    }
}
