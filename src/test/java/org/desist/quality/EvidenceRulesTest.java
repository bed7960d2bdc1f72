package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.desist.quality.CaseFacts.AssessmentFacts;
import org.desist.quality.CaseFacts.AssessmentStage;
import org.desist.quality.CaseFacts.ContactFacts;
import org.desist.quality.CaseFacts.Due;
import org.desist.quality.CaseFacts.Invitation;
import org.desist.quality.CaseFacts.PlanFacts;
import org.desist.quality.CaseFacts.ReferralFacts;
import org.desist.quality.CaseFacts.StrandFacts;
import org.desist.quality.Evidence.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each evidence rule's findings, branch by branch, with real dates (the sources are in each rule's comment). */
class EvidenceRulesTest {

    static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final UUID REFERRAL = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

    @ParameterizedTest(name = "{0} due {1}, met {2}, on {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            OPEN      | 2026-03-03 | -          | 2026-03-04 | GAP            | Assessment due by 3 March 2026 is not submitted yet
            OPEN      | 2026-03-03 | -          | 2026-03-03 | NOT_APPLICABLE | Assessment due by 3 March 2026: not due yet
            MET       | 2026-03-03 | 2026-03-05 | 2026-04-01 | GAP            | Assessment submitted on 5 March 2026, after its due date of 3 March 2026
            MET       | 2026-03-03 | 2026-03-03 | 2026-04-01 | SHOWN          | Assessment submitted on 3 March 2026, by its due date of 3 March 2026
            CANCELLED | 2026-03-03 | -          | 2026-04-01 | NOT_APPLICABLE | Assessment has not been due for this case
            """)
    void anAssessmentIsOnTimeWhenItsDueItemWasMetByItsDueDate(
            Due.Status status, LocalDate due, LocalDate met, LocalDate today, Finding finding, String statement) {
        Evidence e = AssessmentEvidence.onTime(CASE, List.of(new Due("assessment-due", due, status, met)), today);
        assertThat(e.key()).isEqualTo("assessment.on-time");
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
        if (finding != Finding.NOT_APPLICABLE) {
            assertThat(e.href()).isEqualTo("/interventions/" + CASE + "/assessment");
        }
    }

    @Test
    void noDueItemAtAllDoesNotArise() {
        assertThat(AssessmentEvidence.onTime(CASE, List.of(), LocalDate.of(2026, 3, 4))
                        .finding())
                .isEqualTo(Finding.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0}, countersignature needed {1}, countersigned {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            NONE          | false | -          | NOT_APPLICABLE | No assessment has been submitted yet
            DRAFT         | true  | -          | NOT_APPLICABLE | No assessment has been submitted yet
            SUBMITTED     | false | -          | NOT_APPLICABLE | The assessment's classifications do not call for a manager's countersignature
            SUBMITTED     | true  | -          | GAP            | Assessment submitted on 2 March 2026 with a high or very high classification is not countersigned by a manager
            COUNTERSIGNED | true  | 2026-03-04 | SHOWN          | Countersigned by a manager on 4 March 2026
            """)
    void anAssessmentWithAHighClassificationIsCountersigned(
            AssessmentStage stage, boolean required, LocalDate countersigned, Finding finding, String statement) {
        AssessmentFacts a =
                new AssessmentFacts(stage, LocalDate.of(2026, 3, 2), required, countersigned, List.of(), false, false);
        Evidence e = AssessmentEvidence.countersigned(CASE, a);
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "{0} drawing on [{1}]: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            NONE      | -                      | NOT_APPLICABLE | No assessment has been started yet
            DRAFT     | -                      | GAP            | The assessment records no sources of information it drew on
            SUBMITTED | Police;Social care     | SHOWN          | The assessment drew on: Police, Social care
            """)
    void anAssessmentNamesTheSourcesItDrewOn(AssessmentStage stage, String sources, Finding finding, String statement) {
        List<String> used = sources == null ? List.of() : Arrays.asList(sources.split(";"));
        Evidence e =
                AssessmentEvidence.sourcesUsed(CASE, new AssessmentFacts(stage, null, false, null, used, false, false));
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "{0}, child {1}, parents {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            NONE      | false | false | NOT_APPLICABLE | No assessment has been started yet
            SUBMITTED | true  | true  | SHOWN          | The child's and the parents' or carers' views are recorded in the assessment
            SUBMITTED | true  | false | GAP            | The parents' or carers' views are not recorded in the assessment
            DRAFT     | false | true  | GAP            | The child's views are not recorded in the assessment
            SUBMITTED | false | false | GAP            | Neither the child's nor the parents' or carers' views are recorded in the assessment
            """)
    void theChildsAndParentsViewsAreInTheAssessment(
            AssessmentStage stage, boolean child, boolean parents, Finding finding, String statement) {
        Evidence e = AssessmentEvidence.viewsRecorded(
                CASE, new AssessmentFacts(stage, null, false, null, List.of(), child, parents));
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    static PlanFacts plan(boolean agreed, String aims, String actions, int contingencies, boolean victims) {
        String[] strands = {"Supporting desistance", "Keeping the child safe", "Keeping other people safe"};
        String[] a = aims.split(";");
        String[] n = actions.split(";");
        List<StrandFacts> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            facts.add(new StrandFacts(strands[i], Boolean.parseBoolean(a[i]), Integer.parseInt(n[i])));
        }
        return new PlanFacts(
                true,
                agreed,
                agreed ? LocalDate.of(2026, 3, 20) : null,
                facts,
                contingencies,
                victims,
                true,
                true,
                null,
                null,
                null);
    }

    @ParameterizedTest(name = "agreed {0}, due item {1} {2}, on {4}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            false | OPEN | 2026-03-17 | -          | 2026-03-18 | GAP            | Plan due by 17 March 2026 is not agreed yet
            false | OPEN | 2026-03-17 | -          | 2026-03-10 | NOT_APPLICABLE | Plan due by 17 March 2026: not due yet
            true  | MET  | 2026-03-17 | 2026-03-20 | 2026-04-01 | GAP            | Plan agreed on 20 March 2026, after its due date of 17 March 2026
            true  | MET  | 2026-03-24 | 2026-03-20 | 2026-04-01 | SHOWN          | Plan agreed on 20 March 2026, by its due date of 24 March 2026
            true  | -    | -          | -          | 2026-04-01 | SHOWN          | Plan agreed on 20 March 2026
            false | -    | -          | -          | 2026-04-01 | NOT_APPLICABLE | Plan has not been due for this case
            """)
    void aPlanIsAgreedByItsDueDate(
            boolean agreed,
            Due.Status status,
            LocalDate due,
            LocalDate met,
            LocalDate today,
            Finding finding,
            String statement) {
        List<Due> items = status == null ? List.of() : List.of(new Due("plan-due", due, status, met));
        Evidence e = PlanEvidence.agreed(CASE, plan(agreed, "true;true;true", "1;1;1", 1, true), items, today);
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "aims {0}, actions {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            true;true;true   | 2;1;1 | SHOWN | Aims and actions under all three strands (Supporting desistance: 2; Keeping the child safe: 1; Keeping other people safe: 1)
            true;true;true   | 2;1;0 | GAP   | Not every strand has its aim and actions: Keeping other people safe (no actions)
            true;false;true  | 2;1;1 | GAP   | Not every strand has its aim and actions: Keeping the child safe (no aim)
            false;true;true  | 0;1;1 | GAP   | Not every strand has its aim and actions: Supporting desistance (no aim or actions)
            """)
    void aPlanHasAllThreeStrandsWithActionsUnderEach(String aims, String actions, Finding finding, String statement) {
        Evidence e = PlanEvidence.threeStrands(CASE, plan(true, aims, actions, 1, true));
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "{0} contingencies: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | GAP   | The plan records no contingency arrangements
            1 | SHOWN | 1 contingency arrangement recorded
            3 | SHOWN | 3 contingency arrangements recorded
            """)
    void aPlanHasContingencyArrangements(int contingencies, Finding finding, String statement) {
        Evidence e = PlanEvidence.contingency(CASE, plan(true, "true;true;true", "1;1;1", contingencies, true));
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "victims considered {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | SHOWN | The plan records that victims' needs were considered
            false | GAP   | The plan does not record that victims' needs and wishes, or their protection, were considered
            """)
    void aPlanConsidersVictimsNeedsWithoutTheirDetails(boolean victims, Finding finding, String statement) {
        Evidence e = PlanEvidence.victimsConsidered(CASE, plan(true, "true;true;true", "1;1;1", 1, victims));
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @Test
    void withoutAPlanThePlanRulesDoNotArise() {
        PlanFacts none = PlanFacts.none();
        assertThat(List.of(
                        PlanEvidence.threeStrands(CASE, none),
                        PlanEvidence.contingency(CASE, none),
                        PlanEvidence.victimsConsidered(CASE, none),
                        PlanEvidence.viewsRecorded(CASE, none),
                        JointWorkingEvidence.socialWorkerInvited(CASE, none)))
                .extracting(Evidence::finding)
                .containsOnly(Finding.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "child {0}, parents {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | true  | SHOWN | The child and the parents or carers took part in agreeing the plan
            false | true  | GAP   | The child is not recorded as taking part in agreeing the plan
            true  | false | GAP   | The parents or carers are not recorded as taking part in agreeing the plan
            false | false | GAP   | Neither the child nor the parents or carers are recorded as taking part in agreeing the plan
            """)
    void theChildAndParentsTakePartInPlanning(boolean child, boolean parents, Finding finding, String statement) {
        PlanFacts p = new PlanFacts(
                true, true, LocalDate.of(2026, 3, 20), List.of(), 0, false, child, parents, null, null, null);
        Evidence e = PlanEvidence.viewsRecorded(CASE, p);
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            INVITED          | 2026-03-16 | -                        | SHOWN          | The social worker was invited to the planning meeting on 16 March 2026
            NOT_INVITED      | -          | The meeting was moved    | GAP            | The social worker was not invited to the planning meeting: The meeting was moved
            NO_SOCIAL_WORKER | -          | -                        | NOT_APPLICABLE | The child has no allocated social worker
            -                | -          | -                        | NOT_APPLICABLE | No planning meeting with an allocated social worker to invite is recorded
            """)
    void theSocialWorkerIsInvitedToPlanning(
            Invitation invited, LocalDate on, String reason, Finding finding, String statement) {
        PlanFacts p = new PlanFacts(
                true, true, LocalDate.of(2026, 3, 20), List.of(), 0, false, true, true, invited, on, reason);
        Evidence e = JointWorkingEvidence.socialWorkerInvited(CASE, p);
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "risk panel {0} due {1}, met {2}, on {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            OPEN | 2026-05-08 | -          | 2026-05-11 | GAP            | Risk panel referral due by 8 May 2026 is not made yet
            MET  | 2026-05-08 | 2026-05-06 | 2026-05-11 | SHOWN          | Risk panel referral made on 6 May 2026, by its due date of 8 May 2026
            MET  | 2026-05-08 | 2026-05-12 | 2026-05-20 | GAP            | Risk panel referral made on 12 May 2026, after its due date of 8 May 2026
            -    | -          | -          | 2026-05-11 | NOT_APPLICABLE | Risk panel referral has not been due for this case
            """)
    void theRiskPanelIsHeldWhenDue(
            Due.Status status, LocalDate due, LocalDate met, LocalDate today, Finding finding, String statement) {
        List<Due> items = status == null ? List.of() : List.of(new Due("risk-panel-referral", due, status, met));
        Evidence e = SafeguardingEvidence.riskPanel(CHILD, items, today);
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
        if (finding != Finding.NOT_APPLICABLE) {
            assertThat(e.href()).isEqualTo("/children/" + CHILD + "/safeguarding");
        }
    }

    @Test
    void aVulnerabilityPlanIsMadeWhenDue() {
        Evidence e = SafeguardingEvidence.vulnerabilityPlan(
                CHILD,
                List.of(new Due("vulnerability-management-plan", LocalDate.of(2026, 5, 15), Due.Status.OPEN, null)),
                LocalDate.of(2026, 5, 18));
        assertThat(e.finding()).isEqualTo(Finding.GAP);
        assertThat(e.statement()).isEqualTo("Vulnerability management plan (VMP) due by 15 May 2026 is not made yet");
    }

    @ParameterizedTest(name = "scheduled review {0} due {1}, met {2}, on {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            OPEN | 2026-06-02 | -          | 2026-06-03 | GAP            | Scheduled review due by 2 June 2026 is not recorded yet
            MET  | 2026-06-02 | 2026-05-29 | 2026-06-03 | SHOWN          | Scheduled review recorded on 29 May 2026, by its due date of 2 June 2026
            MET  | 2026-06-02 | 2026-06-09 | 2026-06-10 | GAP            | Scheduled review recorded on 9 June 2026, after its due date of 2 June 2026
            OPEN | 2026-06-02 | -          | 2026-05-01 | NOT_APPLICABLE | Scheduled review due by 2 June 2026: not due yet
            """)
    void reviewsAreRecordedOnTime(
            Due.Status status, LocalDate due, LocalDate met, LocalDate today, Finding finding, String statement) {
        Evidence e = ReviewEvidence.onTime(CASE, List.of(new Due("review-scheduled", due, status, met)), today);
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "triggered review {0}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -         | -          | -          | 2026-06-10 | NOT_APPLICABLE | Nothing has called for a review outside the schedule
            CANCELLED | 2026-06-01 | -          | 2026-06-10 | NOT_APPLICABLE | Nothing has called for a review outside the schedule
            OPEN      | 2026-06-05 | -          | 2026-06-10 | GAP            | Review after a significant change due by 5 June 2026 is not recorded yet
            MET       | 2026-06-05 | 2026-06-04 | 2026-06-10 | SHOWN          | Review after a significant change recorded on 4 June 2026, by its due date of 5 June 2026
            """)
    void aSignificantChangeIsReviewed(
            Due.Status status, LocalDate due, LocalDate met, LocalDate today, Finding finding, String statement) {
        List<Due> items = status == null ? List.of() : List.of(new Due("review-triggered", due, status, met));
        Evidence e = ReviewEvidence.triggeredDone(CASE, items, today);
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "last oversight {0}, on {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -          | 2026-06-10 | GAP   | No management oversight recorded since the work started on 2 February 2026
            2026-03-09 | 2026-06-10 | GAP   | Management oversight last recorded on 9 March 2026, more than 3 months ago
            2026-03-10 | 2026-06-10 | SHOWN | Management oversight recorded on 10 March 2026
            """)
    void managementOversightIsRecordedWithinTheLocalPeriod(
            LocalDate last, LocalDate today, Finding finding, String statement) {
        Evidence e = OversightEvidence.recorded(CASE, LocalDate.of(2026, 2, 2), last, today, Period.ofMonths(3));
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
        assertThat(e.href()).isEqualTo("/interventions/" + CASE + "/oversight");
    }

    @ParameterizedTest(name = "{0} recorded, {2} planned without outcome, started {3}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            3 | 2026-03-02 | 0 | 2026-02-02 | 2026-03-05 | SHOWN          | 3 contacts recorded, the latest on 2 March 2026; the child attended 2
            3 | 2026-03-02 | 1 | 2026-02-02 | 2026-03-05 | GAP            | 1 planned contact before today has no outcome recorded
            3 | 2026-03-02 | 2 | 2026-02-02 | 2026-03-05 | GAP            | 2 planned contacts before today have no outcome recorded
            0 | -          | 0 | 2026-02-02 | 2026-03-05 | GAP            | No contact recorded since the work started on 2 February 2026
            0 | -          | 0 | 2026-03-05 | 2026-03-05 | NOT_APPLICABLE | The work has only just started
            """)
    void contactsAreKeptAndRecorded(
            int recorded,
            LocalDate latest,
            int planned,
            LocalDate started,
            LocalDate today,
            Finding finding,
            String statement) {
        ContactFacts c = new ContactFacts(recorded, latest, 2, planned, 0, List.of(), 0, false, null);
        Evidence e = ContactEvidence.kept(CASE, started, c, today);
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "{0} absences, unwarned {1}, panel due {3}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            0 | -          | 0 | false | -          | NOT_APPLICABLE | No unacceptable absence is recorded
            2 | 2026-04-07 | 1 | false | -          | GAP            | The unacceptable absence on 7 April 2026 has no warning recorded
            2 | -          | 2 | true  | -          | GAP            | 2 warnings given: a compliance panel is due and none is recorded since the last
            2 | -          | 2 | false | 2026-04-20 | SHOWN          | Each unacceptable absence was followed by a warning; compliance panel held on 20 April 2026
            1 | -          | 1 | false | -          | SHOWN          | Each unacceptable absence was followed by a warning
            """)
    void complianceIsActedOn(
            int absences,
            LocalDate unwarned,
            int warnings,
            boolean panelDue,
            LocalDate panel,
            Finding finding,
            String statement) {
        ContactFacts c = new ContactFacts(
                5,
                LocalDate.of(2026, 4, 7),
                3,
                0,
                absences,
                unwarned == null ? List.of() : List.of(unwarned),
                warnings,
                panelDue,
                panel);
        Evidence e = ContactEvidence.complianceActedOn(CASE, c);
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "panel {0}, rationale {1}, departs {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -          | false | false | GAP   | No joint decision-making panel is recorded
            2026-02-11 | false | false | GAP   | The joint decision-making panel on 11 February 2026 recorded no rationale
            2026-02-11 | true  | false | SHOWN | The joint decision-making panel on 11 February 2026 recorded its rationale
            2026-02-11 | true  | true  | SHOWN | The joint decision-making panel on 11 February 2026 recorded its rationale, including why it departed from the YOS recommendation
            """)
    void theJointPanelRecordsItsRationale(
            LocalDate panel, boolean rationale, boolean departs, Finding finding, String statement) {
        Evidence e = OutOfCourtEvidence.panelRationale(new ReferralFacts(REFERRAL, panel, rationale, departs, null));
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
        assertThat(e.href()).isEqualTo("/out-of-court/" + REFERRAL);
    }

    @ParameterizedTest(name = "decision item {0} due {1}, met {2}, told {3}, on {4}: {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            OPEN | 2026-02-20 | -          | -          | 2026-02-23 | GAP            | Decision due by 20 February 2026 is not sent to the police yet
            MET  | 2026-02-20 | 2026-02-19 | 2026-02-19 | 2026-02-23 | SHOWN          | Decision sent to the police on 19 February 2026, by its due date of 20 February 2026
            MET  | 2026-02-20 | 2026-02-24 | 2026-02-24 | 2026-03-02 | GAP            | Decision sent to the police on 24 February 2026, after its due date of 20 February 2026
            -    | -          | -          | 2026-02-12 | 2026-03-02 | SHOWN          | The police were told of the decision on 12 February 2026
            -    | -          | -          | -          | 2026-03-02 | GAP            | The record does not say when the police were told of the decision
            """)
    void thePoliceAreToldOfTheDecisionOnTime(
            Due.Status status,
            LocalDate due,
            LocalDate met,
            LocalDate told,
            LocalDate today,
            Finding finding,
            String statement) {
        List<Due> items = status == null ? List.of() : List.of(new Due("oocd-decision", due, status, met));
        Evidence e = OutOfCourtEvidence.policeTold(
                new ReferralFacts(REFERRAL, LocalDate.of(2026, 2, 11), true, false, told), items, today);
        assertThat(e.finding()).isEqualTo(finding);
        assertThat(e.statement()).isEqualTo(statement);
    }

    @Test
    void outOfCourtRulesDoNotAriseForOtherWork() {
        assertThat(OutOfCourtEvidence.panelRationale(null).finding()).isEqualTo(Finding.NOT_APPLICABLE);
        assertThat(OutOfCourtEvidence.policeTold(null, List.of(), LocalDate.of(2026, 3, 2))
                        .finding())
                .isEqualTo(Finding.NOT_APPLICABLE);
    }

    @Test
    void everyRuleRunsOverACaseInTheRulesOrderAndEachHasAName() {
        CaseFacts facts = new CaseFacts(
                CASE,
                CHILD,
                false,
                LocalDate.of(2026, 2, 2),
                AssessmentFacts.none(),
                PlanFacts.none(),
                List.of(new Due("assessment-due", LocalDate.of(2026, 2, 23), Due.Status.OPEN, null)),
                null,
                ContactFacts.none(),
                null);
        List<Evidence> all = EvidenceRules.of(facts, LocalDate.of(2026, 3, 2), Period.ofMonths(3));
        assertThat(all).extracting(Evidence::key).containsExactlyElementsOf(EvidenceRules.KEYS);
        assertThat(all)
                .filteredOn(e -> e.finding() == Finding.GAP)
                .extracting(Evidence::key)
                .containsExactly("assessment.on-time", "contact.kept", "oversight.recorded");
        assertThat(EvidenceRules.KEYS)
                .allSatisfy(k -> assertThat(EvidenceRules.name(k)).isNotEqualTo(k));
    }
}
