package org.desist.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a plan needs before it can be agreed. */
public final class PlanCompleteness {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private PlanCompleteness() {}

    /**
     * Every missing part, keyed by field, in the order of the plan. Source: YJB case management guidance — three
     * strands, actions, victims' needs and wishes, contingency, the child's and parents'/carers' involvement and
     * views; the plan follows the assessment, so it cannot be agreed before the assessment was submitted.
     */
    public static Map<String, String> problems(
            PlanContent content,
            List<PlanAction> actions,
            Agreement agreement,
            LocalDate assessmentSubmittedOn,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(content.desistanceAim())) {
            problems.put("desistanceAim", "Say what the plan aims for in supporting desistance");
        }
        if (blank(content.childSafetyAim())) {
            problems.put("childSafetyAim", "Say what the plan aims for in keeping the child safe");
        }
        if (blank(content.othersSafetyAim())) {
            problems.put("othersSafetyAim", "Say what the plan aims for in keeping other people safe");
        }
        if (actions.isEmpty()) {
            problems.put("actions", "Add at least one action");
        }
        if (blank(content.victimsNeeds())) {
            problems.put(
                    "victimsNeeds", "Record the needs and wishes of victims, or that there is no identified victim");
        }
        if (content.contingencies().isEmpty()) {
            problems.put("contingencies", "Add at least one contingency arrangement");
        }
        if (blank(content.childViews())) {
            problems.put("childViews", "Record the child's views on the plan");
        }
        if (blank(content.parentsViews())) {
            problems.put("parentsViews", "Record the views of the parents or carers");
        }
        if (agreement.agreedOn() == null) {
            problems.put("agreedOn", "Enter the date the plan was agreed");
        } else if (agreement.agreedOn().isAfter(today)) {
            problems.put("agreedOn", "The date the plan was agreed must be today or in the past");
        } else if (assessmentSubmittedOn != null && agreement.agreedOn().isBefore(assessmentSubmittedOn)) {
            problems.put(
                    "agreedOn",
                    "The plan cannot be agreed before its assessment was submitted on "
                            + assessmentSubmittedOn.format(DATE));
        }
        if (blank(agreement.agreedBy())) {
            problems.put("agreedBy", "Say who agreed the plan");
        }
        if (agreement.childInvolved() == null) {
            problems.put("childInvolved", "Select whether the child was involved in agreeing the plan");
        }
        if (agreement.parentsInvolved() == null) {
            problems.put("parentsInvolved", "Select whether the parents or carers were involved in agreeing the plan");
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
