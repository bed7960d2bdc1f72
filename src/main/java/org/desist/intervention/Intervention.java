package org.desist.intervention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A piece of supervised work as other modules and the API see it; the aggregate whose methods start, correct,
 * reallocate, hand over to a caretaking service and close it, each checking its rules ({@link AllocationRules},
 * {@link ClosureRules}, {@link OrderLength}) and returning the {@link Change} with the events it raises.
 */
public record Intervention(
        UUID id,
        UUID serviceId,
        UUID hostServiceId,
        UUID childId,
        InterventionType type,
        LocalDate startDate,
        LocalDate endDate,
        Status status,
        ClosureReason closureReason,
        String exitStrategy,
        LocalDate closedOn,
        UUID caseManagerId,
        long version,
        LocalDate referredOn,
        LocalDate caretakingFrom) {

    /** The case manager of the home service holds it, and another service delivers it under caretaking. */
    public boolean caretaken() {
        return hostServiceId != null;
    }

    public enum Status {
        REFERRED("Referred"),
        ACTIVE("Active"),
        CLOSED("Closed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isReferred() {
            return this == REFERRED;
        }

        public boolean isActive() {
            return this == ACTIVE;
        }

        public boolean isClosed() {
            return this == CLOSED;
        }
    }

    /**
     * What a new intervention's case manager and offences must be: someone who holds cases in the child's service,
     * and only the child's own offences (HMIP standards: the case manager is known).
     */
    static Map<String, String> problemsOfHolderAndOffences(boolean caseManagerHoldsCases, boolean offencesOfChild) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!caseManagerHoldsCases) {
            problems.put("caseManagerId", "Select a case manager from this youth justice service");
        }
        if (!offencesOfChild) {
            problems.put("offenceIds", "Link only this child's offences");
        }
        return problems;
    }

    /**
     * Supervised work starts now, from {@code startDate}, for as long as the law lets the order run (Sentencing
     * Act 2020 ss.86, 236). {@code holderAndOffences}: the problems of its case manager and offences.
     */
    static Change<Intervention> start(
            UUID id,
            UUID serviceId,
            UUID childId,
            InterventionType type,
            LocalDate startDate,
            LocalDate endDate,
            UUID caseManagerId,
            Map<String, String> holderAndOffences) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (type == null) {
            problems.put("type", "Select the type of intervention");
        }
        if (startDate == null) {
            problems.put("startDate", "Enter the start date");
        }
        if (type != null && startDate != null) {
            OrderLength.problem(type, startDate, endDate).ifPresent(p -> problems.put("endDate", p));
        }
        problems.putAll(holderAndOffences);
        InvalidRequestException.refuseIf(problems);
        Intervention started = new Intervention(
                id,
                serviceId,
                null,
                childId,
                type,
                startDate,
                endDate,
                Status.ACTIVE,
                null,
                null,
                null,
                caseManagerId,
                0,
                null,
                null);
        return new Change<>(null, started, started.startedEvents());
    }

    /** A referral received on {@code referredOn} (not in the future): the work is recorded now, started later. */
    static Change<Intervention> refer(
            UUID id,
            UUID serviceId,
            UUID childId,
            InterventionType type,
            LocalDate referredOn,
            UUID caseManagerId,
            Map<String, String> holderAndOffences,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (type == null) {
            problems.put("type", "Select the type of intervention");
        }
        if (referredOn == null) {
            problems.put("referredOn", "Enter the date of the referral");
        } else if (referredOn.isAfter(today)) {
            problems.put("referredOn", "The date of the referral must be today or in the past");
        }
        problems.putAll(holderAndOffences);
        InvalidRequestException.refuseIf(problems);
        return Change.created(new Intervention(
                id,
                serviceId,
                null,
                childId,
                type,
                null,
                null,
                Status.REFERRED,
                null,
                null,
                null,
                caseManagerId,
                0,
                referredOn,
                null));
    }

    /** The referred work starts on {@code startDate}: not before the referral, for a lawful length. */
    public Change<Intervention> activate(LocalDate startDate, LocalDate endDate) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (status != Status.REFERRED) {
            problems.put("startDate", "This intervention has already started");
        } else if (startDate == null) {
            problems.put("startDate", "Enter the start date");
        } else if (startDate.isBefore(referredOn)) {
            problems.put("startDate", "The work cannot start before the referral");
        } else {
            OrderLength.problem(type, startDate, endDate).ifPresent(p -> problems.put("endDate", p));
        }
        InvalidRequestException.refuseIf(problems);
        Intervention started = with(Status.ACTIVE, startDate, endDate, caseManagerId, hostServiceId, caretakingFrom);
        return new Change<>(this, started, started.startedEvents());
    }

    /** The start date was recorded wrongly: once started, corrected to a date that keeps the order lawful. */
    public Change<Intervention> correctStartDate(LocalDate newStartDate) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (status == Status.REFERRED) {
            problems.put("startDate", "The intervention has not started yet");
        } else if (newStartDate == null) {
            problems.put("startDate", "Enter the start date");
        } else {
            OrderLength.problem(type, newStartDate, endDate).ifPresent(p -> problems.put("startDate", p));
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(
                this,
                with(status, newStartDate, endDate, caseManagerId, hostServiceId, caretakingFrom),
                new InterventionStartDateCorrected(id, newStartDate));
    }

    /**
     * Another case manager of the service ({@code caseHolders}) takes it over from {@code from}, for the reason
     * given (HMIP standards: the case manager is known and changes are explained).
     */
    public Change<Intervention> reallocate(
            UUID newCaseManagerId, Set<UUID> caseHolders, LocalDate from, String reason) {
        InvalidRequestException.refuseIf(
                AllocationRules.reallocation(this, newCaseManagerId, caseHolders, from, reason));
        return Change.of(
                this,
                with(status, startDate, endDate, newCaseManagerId, hostServiceId, caretakingFrom),
                new CaseManagerChanged(childId, id, caseManagerId, newCaseManagerId, from));
    }

    /**
     * Another, existing service (the host) delivers the work from {@code from} while this one keeps responsibility
     * (YJB National Protocol for Case Responsibility: caretaking).
     */
    public Change<Intervention> arrangeCaretaking(UUID newHostServiceId, boolean hostExists, LocalDate from) {
        InvalidRequestException.refuseIf(AllocationRules.caretaking(this, newHostServiceId, hostExists, from));
        return Change.of(this, with(status, startDate, endDate, caseManagerId, newHostServiceId, from));
    }

    /** The caretaking arrangement ended on {@code on}: the home service delivers the work again. */
    public Change<Intervention> endCaretaking(LocalDate on) {
        InvalidRequestException.refuseIf(AllocationRules.endOfCaretaking(this, on));
        return Change.of(this, with(status, startDate, endDate, caseManagerId, null, null));
    }

    /**
     * It ends on {@code closedOn} for {@code reason} ({@link ClosureRules}: HMIP standards 2.4/3.4, management
     * oversight of closure): with {@code undone} due items left open only by a {@code manager} giving the reason.
     */
    public Change<Intervention> close(
            ClosureReason reason,
            String exit,
            LocalDate on,
            List<String> undone,
            boolean manager,
            String overrideReason) {
        InvalidRequestException.refuseIf(ClosureRules.check(this, reason, exit, on, undone, manager, overrideReason));
        return Change.of(
                this,
                new Intervention(
                        id,
                        serviceId,
                        hostServiceId,
                        childId,
                        type,
                        startDate,
                        endDate,
                        Status.CLOSED,
                        reason,
                        exit == null || exit.isBlank() ? null : exit.trim(),
                        on,
                        caseManagerId,
                        version,
                        referredOn,
                        caretakingFrom));
    }

    /** The same intervention at another version (as saved). */
    public Intervention atVersion(long newVersion) {
        return new Intervention(
                id,
                serviceId,
                hostServiceId,
                childId,
                type,
                startDate,
                endDate,
                status,
                closureReason,
                exitStrategy,
                closedOn,
                caseManagerId,
                newVersion,
                referredOn,
                caretakingFrom);
    }

    /** Other modules (e.g. assessments) start their work from supervised work; prevention is voluntary. */
    private List<Object> startedEvents() {
        List<Object> events = new ArrayList<>();
        if (type.kind() != InterventionType.Kind.PREVENTION) {
            events.add(new InterventionStarted(id, serviceId, childId, type, startDate, caseManagerId));
        }
        return events;
    }

    private Intervention with(
            Status newStatus,
            LocalDate newStart,
            LocalDate newEnd,
            UUID newCaseManager,
            UUID newHost,
            LocalDate newCaretakingFrom) {
        return new Intervention(
                id,
                serviceId,
                newHost,
                childId,
                type,
                newStart,
                newEnd,
                newStatus,
                closureReason,
                exitStrategy,
                closedOn,
                newCaseManager,
                version,
                referredOn,
                newCaretakingFrom);
    }
}
