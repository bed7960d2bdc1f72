package org.desist.victim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * Restorative justice with one victim of a child's offence (Victims' Code 2021, right 7; Restorative Justice Council
 * practice): offered, the informed consent of the victim and of the child, the risk assessment before any direct
 * meeting with a manager's approval, the kind and facilitator, the dates, the outcome and the victim's satisfaction,
 * and reparation hours against the order where there is one. The aggregate: each change checks
 * {@link RestorativeJusticeRules} and returns the {@link Change}; {@code version} guards every save.
 */
public record RestorativeJustice(
        UUID id,
        UUID victimId,
        UUID offenceId,
        UUID serviceId,
        UUID childId,
        LocalDate offeredOn,
        OfferedHow offeredHow,
        LocalDate offeredToChildOn,
        Decision victimConsent,
        LocalDate victimConsentOn,
        Decision childConsent,
        LocalDate childConsentOn,
        LocalDate riskAssessedOn,
        UUID riskAssessedBy,
        String riskSummary,
        LocalDate riskApprovedOn,
        UUID riskApprovedBy,
        Kind kind,
        UUID facilitatorId,
        LocalDate plannedOn,
        LocalDate heldOn,
        Outcome outcome,
        String outcomeNote,
        Satisfaction satisfaction,
        Reparation reparation,
        long version) {

    public enum OfferedHow {
        IN_PERSON("In person"),
        PHONE("By phone"),
        LETTER("By letter"),
        EMAIL("By email");

        private final String label;

        OfferedHow(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Decision {
        GIVEN("Given"),
        REFUSED("Refused"),
        WITHDRAWN("Withdrawn");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Kind {
        CONFERENCE("Direct: a face-to-face meeting or conference", true, true),
        LETTER("Indirect: a letter through the facilitator", false, true),
        SHUTTLE("Indirect: shuttle communication through the facilitator", false, true),
        REPARATION_TO_VICTIM("Reparation to the victim", false, true),
        COMMUNITY_REPARATION("Reparation to the community (the victim wants none)", false, false);

        private final String label;
        private final boolean direct;
        private final boolean needsVictimConsent;

        Kind(String label, boolean direct, boolean needsVictimConsent) {
            this.label = label;
            this.direct = direct;
            this.needsVictimConsent = needsVictimConsent;
        }

        public String label() {
            return label;
        }

        public boolean direct() {
            return direct;
        }

        public boolean needsVictimConsent() {
            return needsVictimConsent;
        }

        public boolean reparation() {
            return this == REPARATION_TO_VICTIM || this == COMMUNITY_REPARATION;
        }
    }

    public enum Outcome {
        MEETING_HELD("The meeting or conference was held"),
        AGREEMENT_REACHED("The meeting was held and an agreement reached"),
        LETTER_DELIVERED("The letter was delivered"),
        SHUTTLE_COMPLETED("The shuttle communication was completed"),
        REPARATION_COMPLETED("The reparation was completed"),
        DID_NOT_GO_AHEAD("It did not go ahead");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean tookPlace() {
            return this != DID_NOT_GO_AHEAD;
        }

        /** Whether this outcome is one of that kind of work. */
        public boolean fits(Kind kind) {
            return switch (this) {
                case MEETING_HELD, AGREEMENT_REACHED -> kind == Kind.CONFERENCE;
                case LETTER_DELIVERED -> kind == Kind.LETTER;
                case SHUTTLE_COMPLETED -> kind == Kind.SHUTTLE;
                case REPARATION_COMPLETED -> kind.reparation();
                case DID_NOT_GO_AHEAD -> true;
            };
        }
    }

    public enum Satisfaction {
        VERY_SATISFIED("Very satisfied"),
        SATISFIED("Satisfied"),
        NEITHER("Neither satisfied nor dissatisfied"),
        DISSATISFIED("Dissatisfied"),
        VERY_DISSATISFIED("Very dissatisfied"),
        DECLINED("Declined to say");

        private final String label;

        Satisfaction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean satisfied() {
            return this == VERY_SATISFIED || this == SATISFIED;
        }
    }

    /**
     * Reparation hours: against a court order's referral order contract or a youth rehabilitation order's
     * requirement ({@code interventionId}, {@code requirementId}), or neither when the work is out of court.
     */
    public record Reparation(UUID interventionId, UUID requirementId, int hoursPlanned, int hoursDone) {}

    /** What the trail shows: states and dates only, never the victim's details or the risk assessment's words. */
    static final AuditedFields<RestorativeJustice> AUDITED = AuditedFields.<RestorativeJustice>of()
            .field("Offered on", RestorativeJustice::offeredOn)
            .field("Victim's consent", RestorativeJustice::victimConsent)
            .field("Child's consent", RestorativeJustice::childConsent)
            .field("Risk assessed on", RestorativeJustice::riskAssessedOn)
            .field("Risk assessment approved on", RestorativeJustice::riskApprovedOn)
            .field("Kind", RestorativeJustice::kind)
            .field("Planned for", RestorativeJustice::plannedOn)
            .field("Held on", RestorativeJustice::heldOn)
            .field("Outcome", RestorativeJustice::outcome)
            .field(
                    "Reparation hours done",
                    r -> r.reparation() == null ? null : r.reparation().hoursDone());

    /** Whether a manager approved the current risk assessment. */
    public boolean riskApproved() {
        return riskAssessedOn != null && riskApprovedOn != null;
    }

    public boolean waitingForApproval() {
        return riskAssessedOn != null && riskApprovedOn == null;
    }

    /** RJ offered to the victim (and, when known, to the child), on a date and in a way. */
    public static Change<RestorativeJustice> offer(
            UUID id,
            UUID victimId,
            UUID offenceId,
            UUID serviceId,
            UUID childId,
            LocalDate offeredOn,
            OfferedHow how,
            LocalDate offeredToChildOn,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        RestorativeJusticeRules.date(problems, "offeredOn", "it was offered to the victim", offeredOn, null, today);
        if (how == null) {
            problems.put("offeredHow", "Select how it was offered");
        }
        if (offeredToChildOn != null) {
            RestorativeJusticeRules.date(
                    problems, "offeredToChildOn", "it was offered to the child", offeredToChildOn, null, today);
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new RestorativeJustice(
                id,
                victimId,
                offenceId,
                serviceId,
                childId,
                offeredOn,
                how,
                offeredToChildOn,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0));
    }

    /**
     * The victim's decision (given, refused or withdrawn, and when). A refusal or withdrawal stops what is planned
     * and needs it: the planned date is cleared.
     */
    public Change<RestorativeJustice> victimDecides(Decision decision, LocalDate on, LocalDate today) {
        Map<String, String> problems = RestorativeJusticeRules.decision(decision, on, today, victimConsent, offeredOn);
        InvalidRequestException.refuseIf(problems);
        boolean stops = decision != Decision.GIVEN && heldOn == null && kind != null && kind.needsVictimConsent();
        return Change.of(this, with(b -> {
            b.victimConsent = decision;
            b.victimConsentOn = on;
            if (stops) {
                b.plannedOn = null;
            }
        }));
    }

    /** The child's decision: as the victim's; every kind needs the child's consent, so withdrawal stops any plan. */
    public Change<RestorativeJustice> childDecides(Decision decision, LocalDate on, LocalDate today) {
        Map<String, String> problems = RestorativeJusticeRules.decision(decision, on, today, childConsent, offeredOn);
        InvalidRequestException.refuseIf(problems);
        boolean stops = decision != Decision.GIVEN && heldOn == null;
        return Change.of(this, with(b -> {
            b.childConsent = decision;
            b.childConsentOn = on;
            b.offeredToChildOn = offeredToChildOn == null ? on : offeredToChildOn;
            if (stops) {
                b.plannedOn = null;
            }
        }));
    }

    private Map<String, String> decisionProblems(Decision decision, LocalDate on, LocalDate today, Decision earlier) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (decision == null) {
            problems.put("decision", "Select whether consent was given, refused or withdrawn");
        } else if (decision == Decision.WITHDRAWN && earlier != Decision.GIVEN) {
            problems.put("decision", "Only consent that was given can be withdrawn");
        }
        RestorativeJusticeRules.date(problems, "on", "of the decision", on, offeredOn, today);
        return problems;
    }

    /** The risk assessment before any direct meeting: a new one needs a manager's approval again. */
    public Change<RestorativeJustice> assessRisk(LocalDate on, UUID assessorId, String summary, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        RestorativeJusticeRules.date(problems, "assessedOn", "of the risk assessment", on, offeredOn, today);
        if (summary == null || summary.isBlank()) {
            problems.put("summary", "Summarise the risks and how they will be managed");
        }
        if (heldOn != null) {
            problems.put("assessedOn", "It has already been held");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(b -> {
            b.riskAssessedOn = on;
            b.riskAssessedBy = assessorId;
            b.riskSummary = summary.strip();
            b.riskApprovedOn = null;
            b.riskApprovedBy = null;
        }));
    }

    /** A manager approves the risk assessment today: never the person who made it. */
    public Change<RestorativeJustice> approveRisk(UUID approverId, boolean approverIsManager, LocalDate today) {
        return approveRisk(approverId, approverIsManager, today, today);
    }

    /** A manager approved the risk assessment on a date (not in the future): never the person who made it. */
    public Change<RestorativeJustice> approveRisk(
            UUID approverId, boolean approverIsManager, LocalDate on, LocalDate today) {
        Map<String, String> problems = RestorativeJusticeRules.approval(
                riskAssessedOn != null, approverIsManager, approverId.equals(riskAssessedBy), riskAssessedOn, on);
        if (on == null || on.isAfter(today)) {
            problems.putIfAbsent("approvedOn", "The date of the approval must be today or in the past");
        }
        if (riskApproved()) {
            problems.put("riskAssessment", "The risk assessment is already approved");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(b -> {
            b.riskApprovedOn = on;
            b.riskApprovedBy = approverId;
        }));
    }

    /** The kind of work and its facilitator (a member of the service); the kind is fixed once it is held. */
    public Change<RestorativeJustice> choose(Kind newKind, UUID facilitator) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (newKind == null) {
            problems.put("kind", "Select the kind of restorative justice");
        }
        if (facilitator == null) {
            problems.put("facilitator", "Enter the name of the facilitator, a member of the service");
        }
        if (heldOn != null && newKind != kind) {
            problems.put("kind", "It has already been held as " + kind.label().toLowerCase());
        }
        InvalidRequestException.refuseIf(problems);
        boolean keepsPlan = newKind == kind;
        return Change.of(this, with(b -> {
            b.kind = newKind;
            b.facilitatorId = facilitator;
            if (!keepsPlan) {
                b.plannedOn = null;
            }
        }));
    }

    /** The date planned: only when the kind's preconditions hold (consents, an approved risk assessment). */
    public Change<RestorativeJustice> plan(LocalDate on) {
        Map<String, String> problems = preconditionsOfKind();
        if (on == null) {
            problems.put("plannedOn", "Enter the date it is planned for");
        } else if (on.isBefore(offeredOn)) {
            problems.put("plannedOn", "The date planned must be on or after the date it was offered");
        }
        if (heldOn != null) {
            problems.put("plannedOn", "It has already been held");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(b -> b.plannedOn = on));
    }

    /** The date held: not in the future, and only when the kind's preconditions hold. */
    public Change<RestorativeJustice> hold(LocalDate on, LocalDate today) {
        Map<String, String> problems = preconditionsOfKind();
        RestorativeJusticeRules.date(problems, "heldOn", "it was held", on, offeredOn, today);
        if (on != null && riskApprovedOn != null && kind != null && kind.direct() && on.isBefore(riskApprovedOn)) {
            problems.put("heldOn", "A direct meeting is held after its risk assessment is approved");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(b -> b.heldOn = on));
    }

    /** The outcome (only after the date held when it took place) and the victim's satisfaction. */
    public Change<RestorativeJustice> recordOutcome(Outcome newOutcome, String note, Satisfaction victimSatisfaction) {
        Map<String, String> problems =
                RestorativeJusticeRules.outcome(kind, heldOn, newOutcome, note, victimSatisfaction != null);
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(b -> {
            b.outcome = newOutcome;
            b.outcomeNote = note == null || note.isBlank() ? null : note.strip();
            b.satisfaction = victimSatisfaction;
            if (!newOutcome.tookPlace()) {
                b.plannedOn = null;
            }
        }));
    }

    /** Reparation hours planned and done, against the order's contract or requirement when there is one. */
    public Change<RestorativeJustice> recordReparation(Reparation hours) {
        Map<String, String> problems = RestorativeJusticeRules.reparation(kind, hours);
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(b -> b.reparation = hours));
    }

    private Map<String, String> preconditionsOfKind() {
        return RestorativeJusticeRules.preconditions(kind, victimConsent, childConsent, riskApproved());
    }

    private RestorativeJustice with(java.util.function.Consumer<RestorativeJusticeBuilder> change) {
        RestorativeJusticeBuilder b = new RestorativeJusticeBuilder(this);
        change.accept(b);
        return b.build();
    }
}
