package org.desist.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the structured record says about one case (intervention), as the evidence rules ({@link EvidenceRules}) read
 * it: small values gathered from the modules that own them, so each rule is table-tested without a database. Never a
 * victim's details: only whether victims' needs were considered.
 *
 * @param outOfCourt whether the work is an out-of-court disposal
 * @param due the due items of the case (and of its out-of-court referral), as rule id, due date, status and date met
 */
public record CaseFacts(
        UUID interventionId,
        UUID childId,
        boolean outOfCourt,
        LocalDate startDate,
        AssessmentFacts assessment,
        PlanFacts plan,
        List<Due> due,
        LocalDate lastOversight,
        ContactFacts contacts,
        ReferralFacts referral) {

    public CaseFacts {
        due = due == null ? List.of() : List.copyOf(due);
    }

    /** One due item of the case: its rule's id ({@code rules.json}), when it was due, and whether and when met. */
    public record Due(String rule, LocalDate dueDate, Status status, LocalDate metOn) {
        public enum Status {
            OPEN,
            MET,
            CANCELLED
        }
    }

    /** Where the current assessment has got to. */
    public enum AssessmentStage {
        NONE,
        DRAFT,
        SUBMITTED,
        COUNTERSIGNED
    }

    /**
     * The current (latest) assessment: its stage, when it was submitted, whether it needs a manager's countersignature
     * (high or very high classification) and when it had one, the sources it drew on and whether the child's and the
     * parents' or carers' views are written in it.
     */
    public record AssessmentFacts(
            AssessmentStage stage,
            LocalDate submittedOn,
            boolean countersignatureRequired,
            LocalDate countersignedOn,
            List<String> sources,
            boolean childViews,
            boolean parentsViews) {

        public AssessmentFacts {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        public static AssessmentFacts none() {
            return new AssessmentFacts(AssessmentStage.NONE, null, false, null, List.of(), false, false);
        }

        public boolean submitted() {
            return stage == AssessmentStage.SUBMITTED || stage == AssessmentStage.COUNTERSIGNED;
        }
    }

    /** Whether the allocated social worker was invited to the meeting that agreed the plan. */
    public enum Invitation {
        INVITED,
        NO_SOCIAL_WORKER,
        NOT_INVITED
    }

    /** A plan strand as the rules read it: its aim is written, and how many of its actions are not stopped. */
    public record StrandFacts(String strand, boolean aim, int actions) {}

    /**
     * The current (latest) plan: whether it is agreed and when, its three strands (desistance, the child's safety and
     * wellbeing, other people's safety), its contingency arrangements, whether victims' needs or their protection are
     * written (never what), the child's and the parents' or carers' part, and the social worker's invitation.
     */
    public record PlanFacts(
            boolean exists,
            boolean agreed,
            LocalDate agreedOn,
            List<StrandFacts> strands,
            int contingencies,
            boolean victimsConsidered,
            boolean childInvolved,
            boolean parentsInvolved,
            Invitation invitation,
            LocalDate invitedOn,
            String notInvitedReason) {

        public PlanFacts {
            strands = strands == null ? List.of() : List.copyOf(strands);
        }

        public static PlanFacts none() {
            return new PlanFacts(false, false, null, List.of(), 0, false, false, false, null, null, null);
        }
    }

    /**
     * The case's contacts: how many were recorded (with an outcome) and the latest, how many the child attended, the
     * planned contacts before today with no outcome yet, the unacceptable absences with no warning (their dates),
     * how many warnings were given and whether the compliance stage they reach calls for a panel that is not yet held.
     */
    public record ContactFacts(
            int recorded,
            LocalDate latest,
            int attended,
            int plannedWithoutOutcome,
            int unacceptableAbsences,
            List<LocalDate> absencesWithoutWarning,
            int warnings,
            boolean panelDue,
            LocalDate lastPanel) {

        public ContactFacts {
            absencesWithoutWarning = absencesWithoutWarning == null ? List.of() : List.copyOf(absencesWithoutWarning);
        }

        public static ContactFacts none() {
            return new ContactFacts(0, null, 0, 0, 0, List.of(), 0, false, null);
        }
    }

    /**
     * The out-of-court referral the case came from: the joint decision-making panel's date, whether its rationale is
     * recorded, whether the decision departs from the YOS's recommendation, and when the police were told.
     */
    public record ReferralFacts(
            UUID referralId,
            LocalDate panelDate,
            boolean rationale,
            boolean departsFromRecommendation,
            LocalDate policeToldOn) {}

    /** The rule ids of the due items of these kinds. */
    public List<Due> dueOf(Set<String> rules) {
        return due.stream().filter(d -> rules.contains(d.rule())).toList();
    }
}
