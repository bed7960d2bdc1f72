package org.desist.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.DueItemRules;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.deadline.internal.TestCalendars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The plan's plain rules: moving actions on, what agreement needs, and when a plan falls due. */
class PlanRulesTest {

    @ParameterizedTest(name = "{0} -> {1} (reason \"{2}\"): {3} {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "NOT_STARTED | IN_PROGRESS | null          | null   | null",
                "NOT_STARTED | DONE        | null          | null   | null",
                "NOT_STARTED | STOPPED     | Moved away    | null   | null",
                "IN_PROGRESS | DONE        | null          | null   | null",
                "IN_PROGRESS | STOPPED     | No longer needed | null | null",
                "NOT_STARTED | STOPPED     | null          | reason | Say why the action was stopped",
                "IN_PROGRESS | STOPPED     | '   '         | reason | Say why the action was stopped",
                "IN_PROGRESS | NOT_STARTED | null          | status | An action in progress cannot go back to not started",
                "IN_PROGRESS | IN_PROGRESS | null          | status | The action is already in progress",
                "NOT_STARTED | NOT_STARTED | null          | status | The action is already not started",
                "DONE        | IN_PROGRESS | null          | status | The action is done: add a new action instead",
                "STOPPED     | DONE        | null          | status | The action is stopped: add a new action instead",
                "NOT_STARTED | null        | null          | status | Select the action's new status",
            })
    void anActionMovesOnButNeverBack(ActionStatus from, ActionStatus to, String reason, String field, String message) {
        Map<String, String> problems = from.problemsMovingTo(to, reason);
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsExactly(Map.entry(field, message));
        }
    }

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final LocalDate SUBMITTED = LocalDate.of(2027, 1, 11);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "complete                  | null            | null",
                "no desistance aim         | desistanceAim   | Say what the plan aims for in supporting desistance",
                "no child safety aim       | childSafetyAim  | Say what the plan aims for in keeping the child safe",
                "no others safety aim      | othersSafetyAim | Say what the plan aims for in keeping other people safe",
                "no actions                | actions         | Add at least one action",
                "no victims' needs         | victimsNeeds    | Record the needs and wishes of victims, or that there is no identified victim",
                "no contingency            | contingencies   | Add at least one contingency arrangement",
                "no child's views          | childViews      | Record the child's views on the plan",
                "no parents' views         | parentsViews    | Record the views of the parents or carers",
                "no agreement date         | agreedOn        | Enter the date the plan was agreed",
                "agreed tomorrow           | agreedOn        | The date the plan was agreed must be today or in the past",
                "agreed before assessment  | agreedOn        | The plan cannot be agreed before its assessment was submitted on 11 January 2027",
                "nobody agreed             | agreedBy        | Say who agreed the plan",
                "child involvement unknown | childInvolved   | Select whether the child was involved in agreeing the plan",
                "parents involvement unknown | parentsInvolved | Select whether the parents or carers were involved in agreeing the plan",
            })
    void aPlanIsAgreedOnlyWhenComplete(String situation, String field, String message) {
        PlanContent content = new PlanContent(
                situation.equals("no desistance aim") ? null : "Back to college",
                situation.equals("no child safety aim") ? " " : "Away from the older group",
                situation.equals("no others safety aim") ? null : "No weapons",
                situation.equals("no victims' needs") ? null : "The victim wants no contact",
                null,
                situation.equals("no contingency") ? List.of(" ") : List.of("If he goes missing, tell the police"),
                situation.equals("no child's views") ? null : "Wants to box",
                situation.equals("no parents' views") ? null : "Mum agrees",
                List.of());
        List<PlanAction> actions = situation.equals("no actions") ? List.of() : List.of(action());
        LocalDate agreedOn = switch (situation) {
            case "no agreement date" -> null;
            case "agreed tomorrow" -> TODAY.plusDays(1);
            case "agreed before assessment" -> SUBMITTED.minusDays(1);
            default -> SUBMITTED;
        };
        Agreement agreement = new Agreement(
                agreedOn,
                situation.equals("nobody agreed") ? "" : "Case manager with Robin and his mum",
                situation.equals("child involvement unknown") ? null : true,
                situation.equals("parents involvement unknown") ? null : false);

        Map<String, String> problems = PlanCompleteness.problems(content, actions, agreement, SUBMITTED, TODAY);

        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsExactly(Map.entry(field, message));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "person of the service | DESISTANCE    | Boxing club | staff | null       | 2027-03-01 | null         | null",
                "named agency          | CHILD_SAFETY  | Safety plan | null  | Social care | 2027-03-01 | null        | null",
                "no strand             | null          | Boxing club | staff | null       | 2027-03-01 | strand       | Select the strand the action belongs to",
                "no description        | DESISTANCE    | ' '         | staff | null       | 2027-03-01 | description  | Describe the action",
                "no owner              | OTHERS_SAFETY | Curfew      | null  | ' '        | 2027-03-01 | ownerStaffId | Choose who in the service owns the action, or name the agency that does",
                "two owners            | OTHERS_SAFETY | Curfew      | staff | Police     | 2027-03-01 | ownerAgency  | Choose a person of the service or name an agency, not both",
                "no due date           | DESISTANCE    | Boxing club | staff | null       | null       | dueDate      | Enter the date the action is due",
            })
    void anActionHasAStrandADescriptionOneOwnerAndADueDate(
            String situation,
            Strand strand,
            String description,
            String staff,
            String agency,
            LocalDate due,
            String field,
            String message) {
        NewAction action = new NewAction(strand, description, staff == null ? null : UUID.randomUUID(), agency, due);
        if (field == null) {
            assertThat(action.problems()).isEmpty();
        } else {
            assertThat(action.problems()).containsExactly(Map.entry(field, message));
        }
    }

    /**
     * The shipped plan-due rule (10 WD after the assessment is submitted) over Christmas 2026 and New Year: 25 and
     * 28 December 2026 and 1 January 2027 are bank holidays in England and Wales.
     */
    @ParameterizedTest(name = "assessment submitted {0}: plan due {1}")
    @CsvSource({
        "2026-12-18, 2027-01-06, 10 working days after 18 December 2026",
        "2026-12-11, 2026-12-29, 10 working days after 11 December 2026",
        "2026-12-24, 2027-01-12, 10 working days after 24 December 2026",
        "2026-12-29, 2027-01-13, 10 working days after 29 December 2026",
        "2027-01-11, 2027-01-25, 10 working days after 11 January 2027",
    })
    void aPlanIsDueTenWorkingDaysAfterTheAssessment(LocalDate submitted, LocalDate due, String reason)
            throws IOException {
        DueItemRule rule = shippedRules(Map.of()).triggeredBy("ASSESSMENT_SUBMITTED").stream()
                .filter(r -> r.id().equals("plan-due"))
                .findFirst()
                .orElseThrow();
        assertThat(rule.fulfilledBy()).isEqualTo(Plans.AGREED);
        assertThat(rule.locallyConfigurable()).isTrue();
        var dueDate = rule.offset().dueAfter(submitted, calendar());
        assertThat(dueDate.date()).isEqualTo(due);
        assertThat(dueDate.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "a local protocol of {0} WD: submitted 18 December 2026, due {1}")
    @CsvSource({"5, 2026-12-29", "15, 2027-01-13"})
    void aLocalProtocolMayChangeThePlansTimescale(int days, LocalDate due) throws IOException {
        DueItemRule rule =
                shippedRules(Map.of("plan-due", days)).byId("plan-due").orElseThrow();
        assertThat(rule.offset()
                        .dueAfter(LocalDate.of(2026, 12, 18), calendar())
                        .date())
                .isEqualTo(due);
    }

    private static DueItemRules shippedRules(Map<String, Integer> local) throws IOException {
        try (InputStream in = PlanRulesTest.class.getResourceAsStream("/deadline/rules.json")) {
            List<DueItemRule> rules = JsonMapper.builder().build().readValue(in, new TypeReference<>() {});
            return new DueItemRules(rules, local);
        }
    }

    private static WorkingDayCalendar calendar() throws IOException {
        try (InputStream in =
                PlanRulesTest.class.getResourceAsStream("/calendar/bank-holidays-england-and-wales.json")) {
            return TestCalendars.read(in);
        }
    }

    private static PlanAction action() {
        return new PlanAction(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Strand.DESISTANCE,
                "Boxing club",
                null,
                "Sports trust",
                "Sports trust",
                LocalDate.of(2027, 3, 1),
                ActionStatus.NOT_STARTED,
                null,
                null,
                null,
                0);
    }
}
