package org.desist.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * An action of an improvement plan against one of its recommendations: what will be done, its owner (a member of
 * the service's staff), its due date, its status and the progress updates recorded against it. Saved on its own (its
 * own version), so two owners recording progress on different actions of a plan never collide.
 */
public record ImprovementAction(
        UUID id,
        UUID planId,
        UUID recommendationId,
        String description,
        UUID ownerId,
        LocalDate dueDate,
        Status status,
        String statusReason,
        LocalDate completedOn,
        List<ProgressUpdate> updates,
        long version) {

    public ImprovementAction {
        updates = List.copyOf(updates);
    }

    public enum Status {
        NOT_STARTED("Not started"),
        IN_PROGRESS("In progress"),
        COMPLETE("Complete"),
        NO_LONGER_NEEDED("No longer needed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Still to do: not started or in progress. */
        public boolean isOpen() {
            return this == NOT_STARTED || this == IN_PROGRESS;
        }

        public boolean isComplete() {
            return this == COMPLETE;
        }
    }

    /**
     * A dated note of what has been done, by whom, and the status it left the action in; or, when {@code replanned},
     * what a QA lead changed of the action and why (the status unchanged).
     */
    public record ProgressUpdate(
            UUID id,
            LocalDate writtenOn,
            String text,
            Status status,
            String reason,
            UUID writtenBy,
            boolean replanned) {

        /** How the timeline titles the entry. */
        public String title() {
            return replanned ? "Action changed" : status.label();
        }
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** Open and due before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return isOpen() && dueDate.isBefore(today);
    }

    /**
     * An action added against a recommendation of {@code plan}: its owner one of the service's staff (the service
     * says whether {@code ownerIsStaff}), due no earlier than the plan's date.
     */
    public static Change<ImprovementAction> add(
            UUID id,
            ImprovementPlan plan,
            UUID recommendationId,
            String description,
            UUID ownerId,
            boolean ownerIsStaff,
            LocalDate dueDate) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (recommendationId == null || plan.recommendation(recommendationId).isEmpty()) {
            problems.put("recommendationId", "Select the recommendation the action is for");
        }
        ImprovementPlan.text(
                problems, "description", description, ImprovementPlan.TEXT_LENGTH, "Enter what will be done");
        if (ownerId == null) {
            problems.put("ownerId", "Select who owns the action");
        } else if (!ownerIsStaff) {
            problems.put("ownerId", "Select a member of the service's staff");
        }
        if (dueDate == null) {
            problems.put("dueDate", "Enter the date the action is due");
        } else if (dueDate.isBefore(plan.planDate())) {
            problems.put("dueDate", "The action cannot be due before the plan's date");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new ImprovementAction(
                id,
                plan.id(),
                recommendationId,
                description.strip(),
                ownerId,
                dueDate,
                Status.NOT_STARTED,
                null,
                null,
                List.of(),
                0));
    }

    /**
     * Progress recorded on {@code on} by {@code by}, leaving the action {@code newStatus}. An open action moves on
     * (never back to not started once started; no longer needed only with the reason); a complete or no-longer-needed
     * action cannot be updated except reopened (back in progress) with the reason. The date is not in the future
     * and not before the plan's.
     */
    public Change<ImprovementAction> recordProgress(
            UUID updateId,
            LocalDate on,
            String text,
            Status newStatus,
            String reason,
            UUID by,
            LocalDate planDate,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (on == null) {
            problems.put("on", "Enter the date of the update");
        } else if (on.isAfter(today)) {
            problems.put("on", "The date of the update must be today or in the past");
        } else if (on.isBefore(planDate)) {
            problems.put("on", "The update cannot be dated before the plan's date");
        }
        ImprovementPlan.text(problems, "text", text, ImprovementPlan.TEXT_LENGTH, "Say what has been done");
        boolean reopening = !isOpen();
        if (newStatus == null) {
            problems.put("status", "Select the action's status");
        } else if (reopening && newStatus != Status.IN_PROGRESS) {
            problems.put(
                    "status",
                    "This action is " + status.label().toLowerCase(java.util.Locale.UK)
                            + ": it can only be reopened, with the reason");
        } else if (!reopening && newStatus == Status.NOT_STARTED && status != Status.NOT_STARTED) {
            problems.put("status", "The action has started: it cannot go back to not started");
        }
        boolean needsReason = reopening || newStatus == Status.NO_LONGER_NEEDED;
        if (needsReason && (reason == null || reason.isBlank())) {
            problems.put(
                    "reason", reopening ? "Say why the action is reopened" : "Say why the action is no longer needed");
        } else if (reason != null && reason.strip().length() > ImprovementPlan.TEXT_LENGTH) {
            problems.put("reason", "Use " + ImprovementPlan.TEXT_LENGTH + " characters or fewer");
        }
        InvalidRequestException.refuseIf(problems);
        String why = needsReason ? reason.strip() : null;
        List<ProgressUpdate> more = new ArrayList<>(updates);
        more.add(new ProgressUpdate(updateId, on, text.strip(), newStatus, why, by, false));
        return Change.of(
                this,
                new ImprovementAction(
                        id,
                        planId,
                        recommendationId,
                        description,
                        ownerId,
                        dueDate,
                        newStatus,
                        reopening ? "Reopened: " + why : why,
                        newStatus == Status.COMPLETE ? on : null,
                        more,
                        version));
    }

    /**
     * The action re-planned by a QA lead, with the reason: what will be done, its owner (one of the service's staff)
     * or its due date (not before the plan's date) changed while it is open. The change is kept in its timeline as an
     * update dated {@code today} that leaves the status as it was, so a moved due date is never silent.
     */
    public Change<ImprovementAction> replan(
            UUID updateId,
            String newDescription,
            UUID newOwnerId,
            boolean ownerIsStaff,
            LocalDate newDueDate,
            String reason,
            UUID by,
            LocalDate planDate,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!isOpen()) {
            problems.put(
                    "description",
                    "This action is " + status.label().toLowerCase(java.util.Locale.UK) + ": reopen it to change it");
            InvalidRequestException.refuseIf(problems);
        }
        ImprovementPlan.text(
                problems, "description", newDescription, ImprovementPlan.TEXT_LENGTH, "Enter what will be done");
        if (newOwnerId == null) {
            problems.put("ownerId", "Select who owns the action");
        } else if (!ownerIsStaff) {
            problems.put("ownerId", "Select a member of the service's staff");
        }
        if (newDueDate == null) {
            problems.put("dueDate", "Enter the date the action is due");
        } else if (newDueDate.isBefore(planDate)) {
            problems.put("dueDate", "The action cannot be due before the plan's date");
        }
        List<String> changed = new ArrayList<>();
        if (problems.isEmpty()) {
            if (!newDescription.strip().equals(description)) {
                changed.add("what will be done");
            }
            if (!newOwnerId.equals(ownerId)) {
                changed.add("the owner");
            }
            if (!newDueDate.equals(dueDate)) {
                changed.add("the due date from " + LONG_DATE.format(dueDate) + " to " + LONG_DATE.format(newDueDate));
            }
            if (changed.isEmpty()) {
                problems.put("description", "Change what will be done, the owner or the due date");
            }
        }
        ImprovementPlan.text(problems, "reason", reason, ImprovementPlan.TEXT_LENGTH, "Say why the action changes");
        InvalidRequestException.refuseIf(problems);
        String text = "Changed " + String.join(", ", changed.subList(0, Math.max(0, changed.size() - 1)))
                + (changed.size() > 1 ? " and " : "") + changed.get(changed.size() - 1);
        List<ProgressUpdate> more = new ArrayList<>(updates);
        more.add(new ProgressUpdate(updateId, today, text, status, reason.strip(), by, true));
        return Change.of(
                this,
                new ImprovementAction(
                        id,
                        planId,
                        recommendationId,
                        newDescription.strip(),
                        newOwnerId,
                        newDueDate,
                        status,
                        statusReason,
                        completedOn,
                        more,
                        version));
    }

    private static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    /** The updates, newest first, for a timeline. */
    public List<ProgressUpdate> timeline() {
        List<ProgressUpdate> newestFirst = new ArrayList<>(updates);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }
}
