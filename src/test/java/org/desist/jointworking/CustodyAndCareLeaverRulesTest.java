package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.security.Agency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of the rest of the joint protocol between children's social care and the YOS's remand, custody, care-leaver and out-of-borough duties, as
 * tables: staying looked after at the end of a remand, the authority representative, the dates before a care
 * leaver's release, stopping support and late out-of-borough notifications (Christmas 2026 bank holidays).
 */
class CustodyAndCareLeaverRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final LocalDate BORN = LocalDate.of(2010, 3, 4);

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Map.of(
            LocalDate.of(2026, 12, 25), "Christmas Day",
            LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)",
            LocalDate.of(2027, 1, 1), "New Year's Day",
            LocalDate.of(2027, 3, 26), "Good Friday",
            LocalDate.of(2027, 3, 29), "Easter Monday"));

    @ParameterizedTest(name = "{0}: {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            all three, permission on the last day      | 2027-01-08 | Ms Head | 2027-01-08 | 2027-01-06 | Ann Iro | 2027-01-07 | Stay looked after | none
            no head of service                         | 2027-01-08 | -       | 2027-01-08 | 2027-01-06 | Ann Iro | 2027-01-07 | Stay looked after | headOfService
            no permission date                         | 2027-01-08 | Ms Head | -          | 2027-01-06 | Ann Iro | 2027-01-07 | Stay looked after | permissionOn
            no assessment                              | 2027-01-08 | Ms Head | 2027-01-08 | -          | Ann Iro | 2027-01-07 | Stay looked after | assessedOn
            no IRO                                     | 2027-01-08 | Ms Head | 2027-01-08 | 2027-01-06 | -       | 2027-01-07 | Stay looked after | iroName
            no IRO's opinion                           | 2027-01-08 | Ms Head | 2027-01-08 | 2027-01-06 | Ann Iro | 2027-01-07 | -                 | iroOpinion
            no date of the IRO's opinion               | 2027-01-08 | Ms Head | 2027-01-08 | 2027-01-06 | Ann Iro | -          | Stay looked after | iroOpinionOn
            permission after the remand ended          | 2027-01-08 | Ms Head | 2027-01-11 | 2027-01-06 | Ann Iro | 2027-01-07 | Stay looked after | permissionOn
            permission before the assessment           | 2027-01-08 | Ms Head | 2027-01-05 | 2027-01-06 | Ann Iro | 2027-01-04 | Stay looked after | permissionOn
            permission before the IRO's opinion        | 2027-01-08 | Ms Head | 2027-01-06 | 2027-01-06 | Ann Iro | 2027-01-07 | Stay looked after | permissionOn
            remand ends tomorrow                       | 2027-02-02 | Ms Head | 2027-01-08 | 2027-01-06 | Ann Iro | 2027-01-07 | Stay looked after | remandEndedOn
            """)
    void stayingLookedAfterAtTheEndOfARemandNeedsAllThree(
            String why,
            LocalDate ended,
            String headOfService,
            LocalDate permissionOn,
            LocalDate assessedOn,
            String iro,
            LocalDate iroOn,
            String opinion,
            String problem) {
        var problems = StayingLookedAfterRules.problems(
                new StayingLookedAfterRules.Permission(
                        ended, headOfService, permissionOn, assessedOn, iro, iroOn, opinion),
                TODAY);
        if (problem.equals("none")) {
            assertThat(problems).as(why).isEmpty();
        } else {
            assertThat(problems).as(why).containsOnlyKeys(problem);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            remand only: stays looked after                         | REMANDED_TO_LOCAL_AUTHORITY | -                | STAYS       | 2027-01-08 | ok       | SECTION_20
            no remand to end                                        | -                           | -                | STAYS       | 2027-01-08 | no remand | -
            a care order: looked after anyway                       | REMANDED_TO_LOCAL_AUTHORITY | CARE_ORDER_MADE  | STAYS       | 2027-01-08 | anyway   | -
            section 20 typed the day the remand ends is refused     | REMANDED_TO_LOCAL_AUTHORITY | REMAND_ENDED     | SECTION_20  | 2027-01-08 | permission | -
            section 20 typed while remanded is refused              | REMANDED_TO_LOCAL_AUTHORITY | -                | SECTION_20  | 2027-01-08 | permission | -
            section 20 long after the remand is a new episode       | REMANDED_TO_LOCAL_AUTHORITY | REMAND_ENDED     | SECTION_20  | 2027-01-20 | ok       | SECTION_20
            youth detention remand: stays looked after, leaves custody | REMANDED_TO_YOUTH_DETENTION | -             | STAYS       | 2027-01-08 | ok       | SECTION_20
            """)
    void theLookedAfterHistoryAcceptsStayingOnlyAsItsOwnEvent(
            String why, String remand, String alsoBefore, String recorded, LocalDate on, String outcome, String basis) {
        List<LookedAfterEvent> events = new ArrayList<>();
        if (!remand.equals("-")) {
            events.add(new LookedAfterEvent(LocalDate.of(2026, 12, 1), LookedAfterEvent.Kind.valueOf(remand)));
        }
        if (alsoBefore.equals("CARE_ORDER_MADE")) {
            events.add(new LookedAfterEvent(LocalDate.of(2025, 5, 1), LookedAfterEvent.Kind.CARE_ORDER_MADE));
        } else if (alsoBefore.equals("REMAND_ENDED")) {
            events.add(new LookedAfterEvent(LocalDate.of(2027, 1, 8), LookedAfterEvent.Kind.REMAND_ENDED));
        }
        LookedAfterEvent.Kind kind = recorded.equals("STAYS")
                ? LookedAfterEvent.Kind.REMAND_ENDED_STAYS_LOOKED_AFTER
                : LookedAfterEvent.Kind.ACCOMMODATED_UNDER_SECTION_20;
        var problem = LookedAfterRules.problemWithEnding(kind, on, LookedAfterHistory.of(BORN, events));
        if (!outcome.equals("ok")) {
            assertThat(problem).as(why).hasValueSatisfying(p -> assertThat(p).contains(outcome));
            return;
        }
        assertThat(problem).as(why).isEmpty();
        events.add(new LookedAfterEvent(on, kind));
        LookedAfterHistory after = LookedAfterHistory.of(BORN, events);
        assertThat(after.on(on)).as(why).containsExactly(LegalBasis.valueOf(basis));
        assertThat(after.inCustodyOn(on)).as(why).isFalse();
        // Until the day before, still on remand.
        assertThat(after.on(on.minusDays(1)).stream().anyMatch(LegalBasis::remand))
                .as(why)
                .isEqualTo(on.equals(LocalDate.of(2027, 1, 8)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a social worker, IRO told the same day          | Kim Lee | CHILDRENS_SOCIAL_CARE | true  | 2026-12-18 | -                         | none
            the YOS as agency                               | Kim Lee | YOUTH_JUSTICE_SERVICE | true  | 2026-12-18 | -                         | agency
            a YOS account by name                           | Jo Case | CHILDRENS_SOCIAL_CARE | true  | 2026-12-18 | the YOS case manager      | doneBy
            not a qualified social worker                   | Kim Lee | CHILDRENS_SOCIAL_CARE | false | 2026-12-18 | -                         | qualifiedSocialWorker
            IRO not told                                    | Kim Lee | CHILDRENS_SOCIAL_CARE | true  | -          | -                         | iroToldOn
            IRO told before the appointment                 | Kim Lee | CHILDRENS_SOCIAL_CARE | true  | 2026-12-17 | -                         | iroToldOn
            no agency                                       | Kim Lee | -                     | true  | 2026-12-18 | -                         | agency
            """)
    void theAuthorityRepresentativeIsAQualifiedSocialWorkerNeverAYosWorker(
            String why,
            String name,
            Agency agency,
            boolean qualified,
            LocalDate iroToldOn,
            String yosWorker,
            String problem) {
        var done = new JointDutyRules.Done(
                LocalDate.of(2026, 12, 18), name, null, List.of(), null, false, agency, qualified, iroToldOn, false);
        var problems = JointDutyRules.problems(
                JointDuty.AUTHORITY_REPRESENTATIVE, done, LocalDate.of(2026, 12, 18), TODAY, false, yosWorker);
        if (problem.equals("none")) {
            assertThat(problems).as(why).isEmpty();
        } else {
            assertThat(problems).as(why).containsOnlyKeys(problem);
        }
    }

    @ParameterizedTest(name = "first visit by {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            the personal adviser | -                    | true
            the case manager     | the YOS case manager | false
            """)
    void aCareLeaversFirstVisitIsNotByTheYosWorker(String who, String yosWorker, boolean accepted) {
        var done = new JointDutyRules.Done(
                LocalDate.of(2027, 1, 5),
                who,
                "Visited at the establishment",
                JointDuty.CARE_LEAVER_FIRST_VISIT.checklist(),
                null,
                false);
        var problems = JointDutyRules.problems(
                JointDuty.CARE_LEAVER_FIRST_VISIT, done, LocalDate.of(2026, 12, 18), TODAY, false, yosWorker);
        assertThat(problems.isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "release {0}: review by {1}, arrangements by {2}")
    @CsvSource({
        "2027-04-01, 2027-03-01, 2027-03-18",
        "2027-04-15, 2027-03-15, 2027-04-01",
        // A month before 31 March is the last day of February.
        "2027-03-31, 2027-02-28, 2027-03-17",
        "2028-03-30, 2028-02-29, 2028-03-16",
    })
    void theDatesBeforeACareLeaversRelease(LocalDate release, LocalDate reviewBy, LocalDate arrangementsBy) {
        assertThat(CustodyRules.pathwayReviewBy(release, 1)).isEqualTo(reviewBy);
        assertThat(CustodyRules.releaseArrangementsBy(release, 14)).isEqualTo(arrangementsBy);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            everyone told after the agreement     | 2027-01-20 | Pat Senior | 2027-01-21 | 2027-01-22 | 2027-01-22 | 2027-01-25 | 2027-01-22 | none
            no senior manager                     | 2027-01-20 | -          | 2027-01-21 | 2027-01-22 | 2027-01-22 | 2027-01-25 | 2027-01-22 | seniorManager
            agreed before the recommendation      | 2027-01-20 | Pat Senior | 2027-01-19 | 2027-01-22 | 2027-01-22 | 2027-01-25 | 2027-01-22 | agreedOn
            the parents not told                  | 2027-01-20 | Pat Senior | 2027-01-21 | 2027-01-22 | 2027-01-22 | 2027-01-25 | -          | parentsToldOn
            the child told before the agreement   | 2027-01-20 | Pat Senior | 2027-01-21 | 2027-01-22 | 2027-01-22 | 2027-01-20 | 2027-01-22 | childToldOn
            the establishment not told            | 2027-01-20 | Pat Senior | 2027-01-21 | 2027-01-22 | -          | 2027-01-25 | 2027-01-22 | establishmentToldOn
            the case manager told in the future   | 2027-01-20 | Pat Senior | 2027-01-21 | 2027-02-02 | 2027-01-22 | 2027-01-25 | 2027-01-22 | caseManagerToldOn
            recommended before the sentence       | 2026-12-17 | Pat Senior | 2027-01-21 | 2027-01-22 | 2027-01-22 | 2027-01-25 | 2027-01-22 | recommendedOn
            """)
    void stoppingSupportNeedsTheSeniorManagerAndEveryoneTold(
            String why,
            LocalDate recommended,
            String manager,
            LocalDate agreed,
            LocalDate caseManager,
            LocalDate establishment,
            LocalDate child,
            LocalDate parents,
            String problem) {
        var problems = CustodyRules.stopSupportProblems(
                new CustodyRules.StopSupport(
                        recommended,
                        "The assessment recommends it",
                        manager,
                        agreed,
                        caseManager,
                        establishment,
                        child,
                        parents),
                LocalDate.of(2026, 12, 18),
                TODAY);
        if (problem.equals("none")) {
            assertThat(problems).as(why).isEmpty();
        } else {
            assertThat(problems).as(why).containsOnlyKeys(problem);
        }
    }

    @ParameterizedTest(name = "knew {0}, told {1}: due by {2}, late {3}")
    @CsvSource({
        // Wednesday 23 December: 24, 29, 30, 31 December and 4 January (25, 28 Dec and 1 Jan are bank holidays).
        "2026-12-23, 2027-01-04, 2027-01-04, false",
        "2026-12-23, 2027-01-05, 2027-01-04, true",
        "2026-12-23, 2026-12-23, 2027-01-04, false",
        // Friday 18 December: 21, 22, 23, 24 and 29 December.
        "2026-12-18, 2026-12-29, 2026-12-29, false",
        "2026-12-18, 2026-12-30, 2026-12-29, true",
        // Monday 11 January: an ordinary week.
        "2027-01-11, 2027-01-18, 2027-01-18, false",
    })
    void outOfBoroughNotificationsAreLateAfterFiveWorkingDays(
            LocalDate knew, LocalDate told, LocalDate dueBy, boolean late) {
        assertThat(OutOfBoroughRules.dueBy(knew, 5, CALENDAR)).isEqualTo(dueBy);
        assertThat(OutOfBoroughRules.late(knew, told, 5, CALENDAR)).isEqualTo(late);
    }
}
