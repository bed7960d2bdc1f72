package org.desist.quality;

import static org.desist.quality.EvidenceText.date;
import static org.desist.quality.EvidenceText.gap;
import static org.desist.quality.EvidenceText.notApplicable;
import static org.desist.quality.EvidenceText.shown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.quality.CaseFacts.Due;
import org.desist.quality.CaseFacts.PlanFacts;
import org.desist.quality.CaseFacts.StrandFacts;

/** What the record shows of the case's plan (HMIP standards 2018, 2.2 and 3.2: planning). */
public final class PlanEvidence {

    public static final String AGREED = "plan.agreed";
    public static final String THREE_STRANDS = "plan.three-strands";
    public static final String CONTINGENCY = "plan.contingency";
    public static final String VICTIMS_CONSIDERED = "plan.victims-considered";
    public static final String VIEWS_RECORDED = "plan.views-recorded";

    static final Set<String> DUE_RULES = Set.of("plan-due");

    private static final String LINK = "See the plan";

    private PlanEvidence() {}

    static String href(UUID interventionId) {
        return "/interventions/" + interventionId + "/plan";
    }

    /** YJB case management guidance: a plan follows each assessment (a local timescale; default 10 working days). */
    public static Evidence agreed(UUID interventionId, PlanFacts plan, List<Due> due, LocalDate today) {
        Evidence timely = TimelinessEvidence.of(AGREED, "Plan", "agreed", due, today, href(interventionId), LINK);
        if (timely.finding() != Evidence.Finding.NOT_APPLICABLE || !plan.agreed()) {
            return timely;
        }
        return shown(AGREED, "Plan agreed on " + date(plan.agreedOn()), href(interventionId), LINK);
    }

    /**
     * YJB case management guidance, planning: each of the three strands (desistance, safety and wellbeing, risk to
     * others) has its aim and actions under it.
     */
    public static Evidence threeStrands(UUID interventionId, PlanFacts plan) {
        if (!plan.exists()) {
            return notApplicable(THREE_STRANDS, "No plan has been started yet");
        }
        List<String> missing = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (StrandFacts strand : plan.strands()) {
            if (!strand.aim() || strand.actions() == 0) {
                String lacks = !strand.aim() && strand.actions() == 0
                        ? "no aim or actions"
                        : strand.aim() ? "no actions" : "no aim";
                missing.add(strand.strand() + " (" + lacks + ")");
            }
            counts.add(strand.strand() + ": " + strand.actions());
        }
        if (plan.strands().isEmpty()) {
            missing.add("every strand");
        }
        if (!missing.isEmpty()) {
            return gap(
                    THREE_STRANDS,
                    "Not every strand has its aim and actions: " + String.join("; ", missing),
                    href(interventionId),
                    LINK);
        }
        return shown(
                THREE_STRANDS,
                "Aims and actions under all three strands (" + String.join("; ", counts) + ")",
                href(interventionId),
                LINK);
    }

    /** HMIP standards 2018, 2.2.2c and 2.2.3d: planning includes contingency arrangements for the risks identified. */
    public static Evidence contingency(UUID interventionId, PlanFacts plan) {
        if (!plan.exists()) {
            return notApplicable(CONTINGENCY, "No plan has been started yet");
        }
        if (plan.contingencies() == 0) {
            return gap(CONTINGENCY, "The plan records no contingency arrangements", href(interventionId), LINK);
        }
        return shown(
                CONTINGENCY,
                plan.contingencies() == 1
                        ? "1 contingency arrangement recorded"
                        : plan.contingencies() + " contingency arrangements recorded",
                href(interventionId),
                LINK);
    }

    /**
     * HMIP standards 2018, 2.2.1e and 2.2.3c: planning attends to victims' needs and wishes and their protection.
     * Only whether they were considered: never what a victim said or who they are.
     */
    public static Evidence victimsConsidered(UUID interventionId, PlanFacts plan) {
        if (!plan.exists()) {
            return notApplicable(VICTIMS_CONSIDERED, "No plan has been started yet");
        }
        if (!plan.victimsConsidered()) {
            return gap(
                    VICTIMS_CONSIDERED,
                    "The plan does not record that victims' needs and wishes, or their protection, were considered",
                    href(interventionId),
                    LINK);
        }
        return shown(
                VICTIMS_CONSIDERED, "The plan records that victims' needs were considered", href(interventionId), LINK);
    }

    /** HMIP standards 2018, 2.2.1f: the child and their parents or carers are involved in planning. */
    public static Evidence viewsRecorded(UUID interventionId, PlanFacts plan) {
        if (!plan.agreed()) {
            return notApplicable(VIEWS_RECORDED, "No plan has been agreed yet");
        }
        if (plan.childInvolved() && plan.parentsInvolved()) {
            return shown(
                    VIEWS_RECORDED,
                    "The child and the parents or carers took part in agreeing the plan",
                    href(interventionId),
                    LINK);
        }
        String who = !plan.childInvolved() && !plan.parentsInvolved()
                ? "Neither the child nor the parents or carers are"
                : !plan.childInvolved() ? "The child is not" : "The parents or carers are not";
        return gap(VIEWS_RECORDED, who + " recorded as taking part in agreeing the plan", href(interventionId), LINK);
    }
}
