package org.desist.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a completion, a session, a referral and its outcome need; "today" is Monday 1 February 2027. */
class ProgrammeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final LocalDate STARTED = LocalDate.of(2027, 1, 4);

    @ParameterizedTest(name = "{0} on {1}, reason \"{2}\", last session {3}: {4} {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "COMPLETED, 2027-01-29, -, 2027-01-25, -, -",
                "COMPLETED, 2027-02-01, -, -, -, -",
                "NOT_COMPLETED, 2027-01-29, Moved out of the area, 2027-01-25, -, -",
                // The reason is needed when not completed, not otherwise.
                "NOT_COMPLETED, 2027-01-29, -, 2027-01-25, reason, Enter why the child did not complete the programme",
                "NOT_COMPLETED, 2027-01-29, '  ', -, reason, Enter why the child did not complete the programme",
                "-, 2027-01-29, -, -, completion, Select whether the child completed the programme",
                "COMPLETED, -, -, -, completedOn, Enter the date the programme ended for the child",
                "COMPLETED, 2027-02-02, -, -, completedOn, The date the programme ended must be today or in the past",
                "COMPLETED, 2027-01-03, -, -, completedOn, The date the programme ended cannot be before it started (2027-01-04)",
                "COMPLETED, 2027-01-20, -, 2027-01-25, completedOn, The date the programme ended cannot be before its last session (2027-01-25)",
                // The day it started, and the day of the last session, are allowed.
                "NOT_COMPLETED, 2027-01-04, Excluded from the group, -, -, -",
                "COMPLETED, 2027-01-25, -, 2027-01-25, -, -",
            })
    void aCompletionIsCheckedFieldByField(
            Completion completion, LocalDate on, String reason, LocalDate lastSession, String field, String message) {
        var problems = ProgrammeRules.completionProblems(completion, on, reason, STARTED, lastSession, TODAY);
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsEntry(field, message).hasSize(1);
        }
    }

    @ParameterizedTest(name = "session on {0}, {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2027-01-11, ATTENDED, -, -",
                "2027-02-01, UNACCEPTABLE_ABSENCE, -, -",
                "2027-02-02, ATTENDED, date, A session can only be recorded once it has happened",
                "2027-01-03, ATTENDED, date, The session cannot be before the child started the programme (2027-01-04)",
                "-, ATTENDED, date, Enter the date of the session",
                "2027-01-11, -, attendance, Select whether the child attended",
            })
    void aSessionHasHappenedAndSaysWhetherTheChildAttended(
            LocalDate on, Attendance attendance, String field, String message) {
        var problems = ProgrammeRules.sessionProblems(on, attendance, STARTED, TODAY);
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsEntry(field, message).hasSize(1);
        }
    }

    @ParameterizedTest(name = "to {0} ({1}) on {2}: {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "CAMHS_HEALTH, -, 2027-01-12, Low mood and poor sleep, -, -",
                "OTHER, Northbridge Boxing Club, 2027-01-12, Positive activity, -, -",
                "OTHER, -, 2027-01-12, Positive activity, organisation, Enter the name of the organisation",
                "-, -, 2027-01-12, Positive activity, agency, Select whom the child was referred to",
                "HOUSING, -, 2027-02-02, Sofa-surfing, referredOn, The date of the referral must be today or in the past",
                "HOUSING, -, -, Sofa-surfing, referredOn, Enter the date of the referral",
                "HOUSING, -, 2027-01-12, ' ', reason, Enter the reason for the referral",
            })
    void aReferralSaysToWhomWhenAndWhy(
            ReferralAgency agency,
            String organisation,
            LocalDate referredOn,
            String reason,
            String field,
            String message) {
        var problems = ProgrammeRules.referralProblems(agency, organisation, referredOn, reason, TODAY);
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsEntry(field, message).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "ACCEPTED, 2027-01-20, -, -",
                "DID_NOT_ENGAGE, 2027-01-12, -, -",
                "AWAITING, 2027-01-20, outcome, Select the outcome of the referral",
                "-, 2027-01-20, outcome, Select the outcome of the referral",
                "ACCEPTED, 2027-01-11, outcomeOn, The outcome cannot be before the referral (2027-01-12)",
                "ACCEPTED, 2027-02-02, outcomeOn, The date of the outcome must be today or in the past",
                "ACCEPTED, -, outcomeOn, Enter the date of the outcome",
            })
    void anOutcomeIsAnAnswerOnADateFromTheReferral(
            ReferralOutcome outcome, LocalDate on, String field, String message) {
        var problems = ProgrammeRules.outcomeProblems(outcome, on, LocalDate.of(2027, 1, 12), TODAY);
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsEntry(field, message).hasSize(1);
        }
    }
}
