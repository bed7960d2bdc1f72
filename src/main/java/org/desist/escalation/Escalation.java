package org.desist.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A disagreement or service concern raised on a child's case, where it is on the ladder and who holds it, each
 * step's history, and its resolution once resolved. {@code stepDue} is the day the current step stalls after
 * (its due item); a stalled step is visible to {@code stalledVisibleTo}, the next level's role.
 */
public record Escalation(
        UUID id,
        UUID childId,
        EscalationKind kind,
        String about,
        RaisingService raisedBy,
        LocalDate raisedOn,
        int level,
        String levelRole,
        String holder,
        List<EscalationStep> steps,
        LocalDate resolvedOn,
        String resolution,
        LocalDate stepDue,
        boolean stalled,
        String stalledVisibleTo,
        String nextLevelRole,
        long version) {

    /** What the audit trail shows of an escalation: what it is about, where it is on the ladder, its resolution. */
    public static final AuditedFields<Escalation> AUDITED = AuditedFields.<Escalation>of()
            .field("What it is about", Escalation::about)
            .field("Raised on", Escalation::raisedOn)
            .field("Level", e -> e.level() + " – " + e.levelRole())
            .field("Held by", Escalation::holder)
            .field("Resolution", Escalation::resolution)
            .field("Resolved on", Escalation::resolvedOn);

    /** What the audit trail shows of the step an escalation left for the level above. */
    public static AuditedFields<EscalationStep> stepLeft(int level) {
        return AuditedFields.<EscalationStep>of()
                .field("Outcome at level " + level, EscalationStep::outcome)
                .field("Escalated on", EscalationStep::endedOn);
    }

    public boolean open() {
        return resolvedOn == null;
    }

    /** It can go up a level: open and not yet at the top of the ladder. */
    public boolean canEscalate() {
        return open() && nextLevelRole != null;
    }

    /** The step being worked on now (the last open one), if it is open. */
    public EscalationStep currentStep() {
        if (!open()) {
            throw new InvalidRequestException(Map.of("outcome", "It was resolved on " + resolvedOn + ": it is closed"));
        }
        return steps.stream()
                .filter(EscalationStep::open)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("An open escalation without an open step: " + id));
    }

    /**
     * The escalation with its current step's due date (its due item) and whether that step has stalled by
     * {@code today}, so visible to the next level.
     */
    public Escalation withStepDue(LocalDate due, LocalDate today, EscalationLadder ladder) {
        LocalDate stepDue = open() ? due : null;
        boolean stalled = EscalationRules.stalled(stepDue, today);
        return new Escalation(
                id,
                childId,
                kind,
                about,
                raisedBy,
                raisedOn,
                level,
                levelRole,
                holder,
                steps,
                resolvedOn,
                resolution,
                stepDue,
                stalled,
                stalled ? ladder.stalledVisibleTo(Math.min(level, ladder.top())) : null,
                nextLevelRole,
                version);
    }

    // Working Together to Safeguard Children 2023 and the local safeguarding partnership's escalation (resolution)
    // protocol: a disagreement starts with the two workers; each step has a date, who holds it and its outcome; a
    // step goes up only with its outcome recorded, to the level above, and the ladder has a top (EscalationRules).

    /** A disagreement or concern is raised on the child's case: level 1, its first step open. */
    public static Change<Escalation> raise(
            UUID id,
            UUID childId,
            EscalationRules.Raise r,
            LocalDate today,
            LocalDate dateOfBirth,
            EscalationLadder ladder) {
        InvalidRequestException.refuseIf(EscalationRules.raising(r, today, dateOfBirth));
        String holder = r.holder().trim();
        EscalationStep first = EscalationStep.start(1, roleAt(ladder, 1), holder, r.raisedOn());
        return Change.created(new Escalation(
                id,
                childId,
                r.kind(),
                r.about().trim(),
                r.raisedBy(),
                r.raisedOn(),
                1,
                roleAt(ladder, 1),
                holder,
                List.of(first),
                null,
                null,
                null,
                false,
                null,
                nextLevelRole(ladder, 1),
                0));
    }

    /** The current level did not resolve it: its outcome is recorded and it goes to the level above. */
    public Change<Escalation> escalate(EscalationRules.Escalate e, LocalDate today, EscalationLadder ladder) {
        EscalationStep step = currentStep();
        InvalidRequestException.refuseIf(EscalationRules.escalating(e, level, step.startedOn(), today, ladder));
        int above = level + 1;
        String holder = e.holder().trim();
        List<EscalationStep> after = ended(step, e.on(), e.outcome().trim());
        after.add(EscalationStep.start(above, roleAt(ladder, above), holder, e.on()));
        return Change.of(
                this,
                new Escalation(
                        id,
                        childId,
                        kind,
                        about,
                        raisedBy,
                        raisedOn,
                        above,
                        roleAt(ladder, above),
                        holder,
                        List.copyOf(after),
                        null,
                        null,
                        null,
                        false,
                        null,
                        nextLevelRole(ladder, above),
                        version));
    }

    /** It was resolved at its current level: the outcome and date close it and its step. */
    public Change<Escalation> resolve(EscalationRules.Resolve r, LocalDate today) {
        EscalationStep step = currentStep();
        InvalidRequestException.refuseIf(EscalationRules.resolving(r, step.startedOn(), today));
        String outcome = r.outcome().trim();
        return Change.of(
                this,
                new Escalation(
                        id,
                        childId,
                        kind,
                        about,
                        raisedBy,
                        raisedOn,
                        level,
                        levelRole,
                        holder,
                        List.copyOf(ended(step, r.on(), outcome)),
                        r.on(),
                        outcome,
                        null,
                        false,
                        null,
                        nextLevelRole,
                        version));
    }

    private List<EscalationStep> ended(EscalationStep step, LocalDate on, String outcome) {
        List<EscalationStep> after = new ArrayList<>();
        for (EscalationStep s : steps) {
            after.add(s.id().equals(step.id()) ? s.end(on, outcome) : s);
        }
        return after;
    }

    /** Who holds a step at a level; a ladder shortened by a later setting still names the levels reached. */
    static String roleAt(EscalationLadder ladder, int level) {
        return level <= ladder.top() ? ladder.roleAt(level) : "Level " + level;
    }

    static String nextLevelRole(EscalationLadder ladder, int level) {
        return level < ladder.top() ? ladder.roleAt(level + 1) : null;
    }
}
