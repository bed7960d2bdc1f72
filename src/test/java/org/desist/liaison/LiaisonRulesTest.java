package org.desist.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.deadline.internal.TestCalendars;
import org.desist.order.RequirementType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which youth rehabilitation order requirements need liaison with children's social care before they are proposed
 * (the joint protocol between children's social care and the YOS), and when the liaison is due: working days before the report, across Christmas 2026
 * (25 and 28 December 2026 and 1 January 2027 are bank holidays).
 */
class LiaisonRulesTest {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void holidays() throws IOException {
        try (InputStream in =
                LiaisonRulesTest.class.getResourceAsStream("/calendar/bank-holidays-england-and-wales.json")) {
            calendar = TestCalendars.read(in);
        }
    }

    @ParameterizedTest(name = "{0} for a child of {1}: {2}")
    @CsvSource({
        "RESIDENCE, 14, NOT_FOR_THIS_AGE",
        "RESIDENCE, 15, NOT_FOR_THIS_AGE",
        "RESIDENCE, 16, LIAISON",
        "RESIDENCE, 17, LIAISON",
        "RESIDENCE, 18, NOT_FOR_THIS_AGE",
        "LOCAL_AUTHORITY_RESIDENCE, 12, LIAISON",
        "LOCAL_AUTHORITY_RESIDENCE, 17, LIAISON",
        "INTENSIVE_FOSTERING, 11, LIAISON",
        "INTENSIVE_FOSTERING, 17, LIAISON",
    })
    void requirementsThatNeedSocialCare(RequirementType type, int age, LiaisonRules.Need need) {
        assertThat(LiaisonRules.need(type, age)).isEqualTo(need);
    }

    @ParameterizedTest(name = "{0} does not involve social care")
    @EnumSource(
            value = RequirementType.class,
            names = {"RESIDENCE", "LOCAL_AUTHORITY_RESIDENCE", "INTENSIVE_FOSTERING"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyOtherRequirementNeedsNoLiaison(RequirementType type) {
        assertThat(LiaisonRules.need(type, 16)).isEqualTo(LiaisonRules.Need.NONE);
        // The same three the order module marks as involving children's social care.
        assertThat(type.involvesChildrensSocialCare()).isFalse();
    }

    @ParameterizedTest(name = "report due {0}, considered {1}: liaison due {2}")
    @CsvSource({
        // Monday 4 January 2027: back over Friday 1 January (holiday) and the weekend to 31 and 30 December.
        "2027-01-04, 2026-12-14, 2, 2026-12-30",
        // Tuesday 29 December: back over 28 (holiday), the weekend and 25 (holiday) to 24 and 23 December.
        "2026-12-29, 2026-12-14, 2, 2026-12-23",
        "2027-01-05, 2026-12-14, 2, 2026-12-31",
        "2027-01-05, 2026-12-14, 0, 2027-01-05",
        "2027-01-08, 2026-12-14, 5, 2026-12-31",
        // Considered after that day (a short adjournment): due the day it is considered.
        "2027-01-04, 2027-01-01, 2, 2027-01-01",
    })
    void dueWorkingDaysBeforeTheReport(LocalDate reportDue, LocalDate considered, int before, LocalDate due) {
        assertThat(LiaisonRules.dueBy(reportDue, before, considered, calendar)).isEqualTo(due);
    }
}
