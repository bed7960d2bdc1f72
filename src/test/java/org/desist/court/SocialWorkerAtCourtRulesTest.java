package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.Offset;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.deadline.internal.TestCalendars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The social worker and the court (the joint protocol between children's social care and the YOS "Police station and court", "Remands" 6): which court dates
 * are shared, the Crown Court rule, who may be recorded as accompanying the child, and the shipped 1 WD timescale
 * across Christmas 2026 (25 and 28 December 2026 and 1 January 2027 are bank holidays).
 */
class SocialWorkerAtCourtRulesTest {

    static List<DueItemRule> rules;
    static WorkingDayCalendar calendar;

    @BeforeAll
    static void shippedRulesAndCalendar() throws IOException {
        try (InputStream in = new ClassPathResource("deadline/rules.json").getInputStream()) {
            rules = JsonMapper.builder().build().readValue(in, new TypeReference<List<DueItemRule>>() {});
        }
        try (InputStream in = new ClassPathResource("calendar/bank-holidays-england-and-wales.json").getInputStream()) {
            calendar = TestCalendars.read(in);
        }
    }

    @ParameterizedTest(name = "next hearing {0}, looked after {1}, remanded {2} → shared {3}")
    @CsvSource({
        "true,  true,  false, true",
        "true,  false, true,  true",
        "true,  true,  true,  true",
        "true,  false, false, false",
        // No later court date: nothing to pass on.
        "false, true,  true,  false",
        "false, false, false, false",
    })
    void whichCourtDatesAreShared(boolean next, boolean lookedAfter, boolean remanded, boolean shared) {
        assertThat(SocialWorkerAtCourtRules.courtDateToShare(next, lookedAfter, remanded))
                .isEqualTo(shared);
    }

    @ParameterizedTest(name = "looked after {0} at {1} with {2} → flagged {3}")
    @CsvSource({
        "true,  CROWN_COURT,       SOCIAL_WORKER,         false",
        "true,  CROWN_COURT,       SOCIAL_WORKER_MANAGER, false",
        "true,  CROWN_COURT,       CARER,                 true",
        "true,  CROWN_COURT,       PARENT,                true",
        "true,  CROWN_COURT,       RESIDENTIAL_WORKER,    true",
        "true,  CROWN_COURT,       NOBODY,                true",
        "true,  CROWN_COURT,       ,                      true",
        "true,  YOUTH_COURT,       CARER,                 false",
        "true,  MAGISTRATES_COURT, ,                      false",
        "false, CROWN_COURT,       PARENT,                false",
        "false, CROWN_COURT,       ,                      false",
    })
    void theCrownCourtRule(boolean lookedAfter, CourtKind court, Companion companion, boolean flagged) {
        assertThat(SocialWorkerAtCourtRules.crownCourtFlag(lookedAfter, court, companion))
                .isEqualTo(
                        flagged
                                ? java.util.Optional.of(
                                        companion == null
                                                ? "Looked-after child at the Crown Court: record who accompanied them"
                                                : "Looked-after child at the Crown Court without the social worker or "
                                                        + "their manager")
                                : java.util.Optional.empty());
    }

    @ParameterizedTest(name = "looked after {0} at {1}: {2} \"{3}\" because \"{4}\" → {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "true  | CROWN_COURT | SOCIAL_WORKER         | Sam Patel  |                        | ",
                "true  | CROWN_COURT | SOCIAL_WORKER_MANAGER | Ann Lee    |                        | companionReason",
                "true  | CROWN_COURT | SOCIAL_WORKER_MANAGER | Ann Lee    | The carer is the victim | ",
                "true  | CROWN_COURT | CARER                 | Jo Smith   |                        | companionReason",
                "true  | CROWN_COURT | CARER                 | Jo Smith   | Social worker ill, manager in court elsewhere | ",
                "false | CROWN_COURT | CARER                 | Jo Smith   |                        | ",
                "true  | YOUTH_COURT | PARENT                | Kim Marsh  |                        | ",
                "true  | YOUTH_COURT | PARENT                |            |                        | companionName",
                "false | YOUTH_COURT | NOBODY                |            |                        | ",
                // YOS staff cannot act in loco parentis, however the name is typed.
                "false | YOUTH_COURT | CARER                 | casey  jones |                      | companionName",
                "false | YOUTH_COURT |                       |            |                        | companion",
            })
    void whoMayBeRecorded(
            boolean lookedAfter, CourtKind court, Companion companion, String name, String reason, String problem) {
        var problems =
                SocialWorkerAtCourtRules.problems(lookedAfter, court, companion, name, reason, List.of("Casey Jones"));
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(problem);
        }
    }

    @ParameterizedTest(
            name =
                    "share {0}, open {1}, corrected {2} (date moved {3}, next hearing moved {4}), told {5}, met {6} → {7}")
    @CsvSource({
        // Nothing to pass on: an open item is withdrawn.
        "false, true,  true,  false, true,  false, false, WITHDRAW",
        "false, false, false, false, false, false, false, NONE",
        // An open item moves with a corrected appearance date, and otherwise stays.
        "true,  true,  true,  true,  false, false, false, MOVE",
        "true,  true,  true,  false, true,  false, false, NONE",
        "true,  true,  false, false, false, false, false, NONE",
        // A first court date is known from the appearance.
        "true,  false, false, false, false, false, false, RAISE_FROM_APPEARANCE",
        // The social worker was already told of this date.
        "true,  false, true,  false, false, true,  true,  NONE",
        // The hearing moved after the social worker was told: known from today's correction.
        "true,  false, true,  false, true,  false, true,  RAISE_FROM_TODAY",
        // Corrected to a date the social worker was never asked about (the item was withdrawn, not met).
        "true,  false, true,  false, true,  false, false, RAISE_FROM_APPEARANCE",
    })
    void whatHappensToTheCourtDateItem(
            boolean share,
            boolean open,
            boolean corrected,
            boolean dateMoved,
            boolean nextHearingMoved,
            boolean told,
            boolean met,
            SocialWorkerAtCourtRules.CourtDateItem item) {
        assertThat(SocialWorkerAtCourtRules.courtDateItem(
                        share, open, corrected, dateMoved, nextHearingMoved, told, met))
                .isEqualTo(item);
    }

    @ParameterizedTest(name = "court date set {0} → social worker told by {1}")
    @CsvSource({
        "2026-12-24, 2026-12-29, 1 working day after 24 December 2026",
        "2026-12-23, 2026-12-24, 1 working day after 23 December 2026",
        "2026-12-31, 2027-01-04, 1 working day after 31 December 2026",
        "2027-02-01, 2027-02-02, 1 working day after 1 February 2027",
    })
    void oneWorkingDay(LocalDate set, LocalDate due, String reason) {
        DueItemRule rule = rules.stream()
                .filter(r -> r.id().equals("court-date-shared-with-social-worker"))
                .findFirst()
                .orElseThrow();
        Offset.DueDate dueDate = rule.offset().dueAfter(set, calendar);
        assertThat(dueDate.date()).isEqualTo(due);
        assertThat(dueDate.reason()).isEqualTo(reason);
        assertThat(rule.locallyConfigurable()).isTrue();
        assertThat(rule.trigger()).isEqualTo(SocialWorkerAtCourt.COURT_DATE_SET);
        assertThat(rule.fulfilledBy()).isEqualTo(SocialWorkerAtCourt.COURT_DATE_SHARED);
    }
}
