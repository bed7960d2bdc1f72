package org.desist.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.audit.FieldChange;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The safeguarding aggregates' rules, with real dates; "today" is Monday 1 February 2027. */
class SafeguardingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final UUID CHILD = UUID.randomUUID();

    @ParameterizedTest(name = "referred {0}, reason {1}, panel {2}, decisions {3} → {4}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "2027-02-01 | Weapon  | -          | -         | -",
                "2027-01-25 | Weapon  | 2027-02-01 | Visit     | -",
                "2027-01-25 | Weapon  | 2027-01-25 | -         | -",
                "-          | Weapon  | -          | -         | referredOn=Enter the date of the referral",
                "2027-02-02 | Weapon  | -          | -         | referredOn=The date of the referral must be today or in the past",
                "2027-02-01 | ' '     | -          | -         | reason=Enter the reason for the referral",
                "2027-01-25 | Weapon  | 2027-01-24 | -         | panelDate=The panel cannot sit before the referral",
                "2027-01-25 | Weapon  | -          | Visit     | panelDate=Enter the date of the panel that made the decisions",
            })
    void aReferral(LocalDate referredOn, String reason, LocalDate panel, String decisions, String problem) {
        assertThat(PanelReferral.problems(new Safeguarding.NewReferral(referredOn, reason, panel, decisions), TODAY))
                .isEqualTo(expected(problem));
    }

    @Test
    void aReferralIsMadeTrimmedAndRevisedFromItsVersion() {
        Change<PanelReferral> made = PanelReferral.refer(
                UUID.randomUUID(),
                CHILD,
                new Safeguarding.NewReferral(TODAY.minusDays(7), "  Weapon carrying ", null, " "),
                "sam",
                TODAY);
        assertThat(made.isCreation()).isTrue();
        assertThat(made.after().reason()).isEqualTo("Weapon carrying");
        assertThat(made.after().decisions()).isNull();
        assertThat(made.events()).isEmpty();

        PanelReferral saved = withVersion(made.after(), 3);
        Change<PanelReferral> sat = saved.revise(
                new Safeguarding.NewReferral(TODAY.minusDays(7), "Weapon carrying", TODAY, " Joint visit "), TODAY);
        assertThat(sat.before()).isEqualTo(saved);
        assertThat(sat.after().version()).isEqualTo(3);
        assertThat(sat.after().recordedBy()).isEqualTo("sam");
        assertThat(PanelReferral.AUDITED.changes(sat.before(), sat.after()))
                .containsExactly(
                        new FieldChange("Panel date", null, "2027-02-01"),
                        new FieldChange("Decisions", null, "Joint visit"));
        assertThatThrownBy(() -> saved.revise(
                        new Safeguarding.NewReferral(TODAY.minusDays(7), "Weapon", TODAY.minusDays(8), null), TODAY))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).errors())
                .isEqualTo(java.util.Map.of("panelDate", "The panel cannot sit before the referral"));
    }

    @ParameterizedTest(name = "plan {0}, review {3}, referred {4} → {5}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "2027-02-01 | Exploited | Safe house | 2027-02-01 | true  | -",
                "2027-02-02 | Exploited | Safe house | 2027-03-01 | false | planDate=The date of the plan must be today or in the past",
                "2027-02-01 | -         | Safe house | 2027-03-01 | false | vulnerabilities=Describe the child’s vulnerabilities",
                "2027-02-01 | Exploited | ' '        | 2027-03-01 | false | contingency=Describe the contingency plan",
                "2027-02-01 | Exploited | Safe house | -          | false | reviewOn=Enter the review date",
                "2027-02-01 | Exploited | Safe house | 2027-01-31 | false | reviewOn=The review date must be on or after the date of the plan",
                "2027-02-01 | Exploited | Safe house | 2027-03-01 | -     | referredToPanel=Select whether the case is referred to the risk panel",
            })
    void aVulnerabilityPlan(
            LocalDate planDate,
            String vulnerabilities,
            String contingency,
            LocalDate reviewOn,
            Boolean referred,
            String problem) {
        assertThat(VulnerabilityPlan.problems(
                        new Safeguarding.NewPlan(planDate, vulnerabilities, contingency, reviewOn, referred), TODAY))
                .isEqualTo(expected(problem));
    }

    @Test
    void aPlansTrailShowsItsDatesAndWhetherItWentToThePanel() {
        Change<VulnerabilityPlan> made = VulnerabilityPlan.make(
                UUID.randomUUID(),
                CHILD,
                new Safeguarding.NewPlan(TODAY, " Exploited ", "Safe house", TODAY.plusDays(28), true),
                "sam",
                TODAY);
        assertThat(made.after().vulnerabilities()).isEqualTo("Exploited");
        assertThat(VulnerabilityPlan.AUDITED.changes(null, made.after()))
                .containsExactly(
                        new FieldChange("Date of the plan", null, "2027-02-01"),
                        new FieldChange("Review date", null, "2027-03-01"),
                        new FieldChange("Referred to the risk panel", null, "Yes"));
    }

    @ParameterizedTest(name = "level {0}, category {1}, decided {2}, review {3} → {4}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "1 | 4 | 2027-02-01 | 2027-02-01 | -",
                "3 | 1 | 2027-01-04 | 2027-04-04 | -",
                "0 | 1 | 2027-01-04 | 2027-04-04 | level=Select the MAPPA level",
                "4 | 1 | 2027-01-04 | 2027-04-04 | level=Select the MAPPA level",
                "- | 1 | 2027-01-04 | 2027-04-04 | level=Select the MAPPA level",
                "2 | 5 | 2027-01-04 | 2027-04-04 | category=Select the MAPPA category",
                "2 | 1 | 2027-02-02 | 2027-04-04 | decidedOn=The date of the MAPPA decision must be today or in the past",
                "2 | 1 | -          | 2027-04-04 | decidedOn=Enter the date of the MAPPA decision",
                "2 | 1 | 2027-01-04 | 2027-01-03 | reviewOn=The review date must be on or after the date of the decision",
            })
    void aMappaDecision(Integer level, Integer category, LocalDate decidedOn, LocalDate reviewOn, String problem) {
        assertThat(MappaManagement.problems(new Safeguarding.NewMappa(level, category, decidedOn, reviewOn), TODAY))
                .isEqualTo(expected(problem));
    }

    @ParameterizedTest(name = "{0} on {1} called by {2} ({3}), {4} ({5}) → {6}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "TEAM_AROUND_THE_CHILD | 2027-02-01 | YOS         | -      | CASE_HOLDER     | -      | -",
                "TEAM_AROUND_THE_CHILD | 2027-01-29 | OTHER       | School | NOT_REPRESENTED | Court  | -",
                "-                     | 2027-01-29 | YOS         | -      | CASE_HOLDER     | -      | type=Select the kind of meeting",
                "TEAM_AROUND_THE_CHILD | 2027-02-02 | YOS         | -      | CASE_HOLDER     | -      | heldOn=The date of the meeting must be today or in the past",
                "TEAM_AROUND_THE_CHILD | 2027-01-29 | -           | -      | CASE_HOLDER     | -      | calledBy=Select who called the meeting",
                "TEAM_AROUND_THE_CHILD | 2027-01-29 | OTHER       | ' '    | CASE_HOLDER     | -      | calledByOther=Enter which agency called the meeting",
                "TEAM_AROUND_THE_CHILD | 2027-01-29 | SOCIAL_CARE | -      | -               | -      | attendance=Select how the YOS was represented",
                "TEAM_AROUND_THE_CHILD | 2027-01-29 | SOCIAL_CARE | -      | NOT_REPRESENTED | -      | notRepresentedReason=Enter why the YOS was not represented",
            })
    void aMeeting(
            MeetingType type,
            LocalDate heldOn,
            CalledBy calledBy,
            String other,
            YosAttendance attendance,
            String reason,
            String problem) {
        assertThat(MultiAgencyMeeting.problems(
                        new Safeguarding.NewMeeting(type, heldOn, calledBy, other, attendance, reason, null), TODAY))
                .isEqualTo(expected(problem));
    }

    @Test
    void aMeetingKeepsTheOtherAgencyAndTheReasonOnlyWhenTheyApply() {
        MultiAgencyMeeting meeting = MultiAgencyMeeting.record(
                        UUID.randomUUID(),
                        CHILD,
                        new Safeguarding.NewMeeting(
                                MeetingType.TEAM_AROUND_THE_CHILD,
                                TODAY,
                                CalledBy.POLICE,
                                "ignored",
                                YosAttendance.CASE_HOLDER,
                                "ignored",
                                " "),
                        "sam",
                        TODAY)
                .after();
        assertThat(meeting.calledByOther()).isNull();
        assertThat(meeting.notRepresentedReason()).isNull();
        assertThat(meeting.decisions()).isNull();
        assertThat(meeting.teamAroundTheChild()).isTrue();
    }

    @ParameterizedTest(name = "action {0}, agency {1}, due {2} → {3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "Home visit | Police | 2027-02-05 | -",
                "' '        | Police | 2027-02-05 | action=Enter the action",
                "Home visit | -      | 2027-02-05 | ownerAgency=Enter the agency that owns the action",
                "Home visit | Police | -          | dueOn=Enter the date the action is due",
            })
    void anAction(String action, String agency, LocalDate dueOn, String problem) {
        assertThat(SafeguardingAction.problems(
                        new Safeguarding.NewAction("RISK_PANEL_REFERRAL", UUID.randomUUID(), action, agency, dueOn)))
                .isEqualTo(expected(problem));
    }

    @ParameterizedTest(name = "identified {0}, manager {2} {3}, social care {4} {5} {6} {7}, response {8} → {9}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "2027-01-29 | Sam | -          | -          | -            | -    | -          | -     | -        | -",
                "2027-01-29 | Sam | Pat        | 2027-01-29 | CONTACT_TEAM | Duty | 2027-01-29 | PHONE | NFA      | -",
                "2027-02-02 | Sam | -          | -          | -            | -    | -          | -     | -        | identifiedOn=The date the concern was identified must be today or in the past",
                "2027-01-29 | -   | -          | -          | -            | -    | -          | -     | -        | identifiedBy=Enter who identified the concern",
                "2027-01-29 | Sam | -          | 2027-01-29 | -            | -    | -          | -     | -        | managerName=Enter the name of the manager it was reported to",
                "2027-01-29 | Sam | Pat        | -          | -            | -    | -          | -     | -        | managerToldOn=Enter the date it was reported to the manager",
                "2027-01-29 | Sam | Pat        | 2027-02-02 | -            | -    | -          | -     | -        | managerToldOn=The date it was reported to the manager must be today or in the past",
                "2027-01-29 | Sam | Pat        | 2027-01-28 | -            | -    | -          | -     | -        | managerToldOn=The date it was reported to the manager cannot be before the concern was identified",
                "2027-01-29 | Sam | -          | -          | -            | Duty | 2027-01-29 | PHONE | -        | socialCareContact=Select whom in children’s social care it was reported to",
                "2027-01-29 | Sam | -          | -          | CONTACT_TEAM | Duty | 2027-01-28 | PHONE | -        | socialCareToldOn=The date it was reported to children’s social care cannot be before the concern was identified",
                "2027-01-29 | Sam | -          | -          | CONTACT_TEAM | Duty | 2027-01-29 | -     | -        | socialCareHow=Select how it was reported to children’s social care",
                "2027-01-29 | Sam | -          | -          | -            | -    | -          | -     | NFA      | socialCareContact=Record the report to children’s social care before its response",
            })
    void aChildProtectionConcern(
            LocalDate identifiedOn,
            String identifiedBy,
            String manager,
            LocalDate managerToldOn,
            SocialCareContact contact,
            String socialCareName,
            LocalDate socialCareToldOn,
            ReportMethod how,
            String response,
            String problem) {
        ConcernDetails details = new ConcernDetails(
                identifiedOn,
                identifiedBy,
                "Bruising",
                manager,
                managerToldOn,
                contact,
                socialCareName,
                socialCareToldOn,
                how,
                response);
        assertThat(ChildProtectionConcern.problems(details, TODAY)).isEqualTo(expected(problem));
    }

    @Test
    void aConcernsReportingIsAddedFromItsVersionAndItsTrailShowsWhatChanged() {
        LocalDate on = LocalDate.of(2027, 1, 29);
        ChildProtectionConcern recorded = ChildProtectionConcern.record(
                        UUID.randomUUID(),
                        CHILD,
                        new ConcernDetails(on, " Sam ", "Bruising", null, null, null, null, null, null, null),
                        "sam",
                        TODAY,
                        0)
                .after();
        assertThat(recorded.details().identifiedBy()).isEqualTo("Sam");
        assertThat(recorded.reporting().status()).isEqualTo(ReportingTimeliness.Status.NOT_REPORTED);

        Change<ChildProtectionConcern> reported = recorded.revise(
                new ConcernDetails(
                        on,
                        "Sam",
                        "Bruising",
                        "Pat Khan",
                        on,
                        SocialCareContact.CONTACT_TEAM,
                        "Duty worker",
                        TODAY,
                        ReportMethod.PHONE,
                        " Strategy meeting "),
                TODAY,
                0);
        assertThat(reported.after().reporting().status()).isEqualTo(ReportingTimeliness.Status.LATE);
        assertThat(reported.after().reporting().days()).isEqualTo(3);
        assertThat(ChildProtectionConcern.AUDITED.changes(reported.before(), reported.after()))
                .extracting(FieldChange::field)
                .containsExactly(
                        "Manager",
                        "Reported to the manager on",
                        "Reported to social care",
                        "Social care contact name",
                        "Reported to social care on",
                        "Social care’s response");
        assertThat(ChildProtectionConcern.AUDITED.changes(reported.before(), reported.after()))
                .contains(new FieldChange("Reported to social care", null, SocialCareContact.CONTACT_TEAM.label()))
                .contains(new FieldChange("Social care’s response", null, "Strategy meeting"));
    }

    private static PanelReferral withVersion(PanelReferral r, long version) {
        return new PanelReferral(
                r.id(),
                r.childId(),
                r.referredOn(),
                r.reason(),
                r.panelDate(),
                r.decisions(),
                r.recordedBy(),
                version,
                List.of());
    }

    private static java.util.Map<String, String> expected(String problem) {
        if (problem == null) {
            return java.util.Map.of();
        }
        int at = problem.indexOf('=');
        return java.util.Map.of(problem.substring(0, at), problem.substring(at + 1));
    }
}
