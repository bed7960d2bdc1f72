package org.desist.intervention;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.desist.deadline.DueItem;

/**
 * What must hold before a person closes an intervention (YJB case management guidance, ending an intervention), each rule keyed by the field
 * it concerns, in the words the person reads. Closing while work is still due (an assessment not submitted, a
 * panel not held) leaves it undone: only a manager may do that, giving the reason (HMIP standards 2.4/3.4,
 * "management oversight of closure").
 */
public final class ClosureRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ClosureRules() {}

    /**
     * The due items closing would leave undone: those still open, except the one the ending itself meets (a
     * conditional caution's "conditions end"); none when the reason withdraws the order, since then nothing of
     * it is due any more (revoked, resentenced, never started).
     */
    public static List<DueItem> leftUndone(InterventionType type, ClosureReason reason, List<DueItem> items) {
        if (reason == null || reason.withdrawsTheOrder()) {
            return List.of();
        }
        String fulfilledByTheEnd = type.endFulfils().orElse(null);
        return items.stream()
                .filter(item -> item.status() == DueItem.Status.OPEN)
                // A repeating item (the next interval review or progress panel) stops with the work.
                .filter(item -> !item.rule().repeats())
                .filter(item -> fulfilledByTheEnd == null
                        || !fulfilledByTheEnd.equals(item.rule().fulfilledBy()))
                .toList();
    }

    /** One line per item, as the person reads it: "Assessment (due 22 December 2026)". */
    public static List<String> described(List<DueItem> items) {
        return items.stream()
                .map(item -> item.rule().name() + " (due " + DATE.format(item.dueDate()) + ")")
                .toList();
    }

    /**
     * The closure as asked: a reason, a date not before the work began, an exit strategy when completed, and,
     * when due items would be left undone, a manager's override with its reason.
     */
    public static Map<String, String> check(
            Intervention intervention,
            ClosureReason reason,
            String exitStrategy,
            LocalDate closedOn,
            List<String> undone,
            boolean manager,
            String overrideReason) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (intervention.status() == Intervention.Status.CLOSED) {
            problems.put("reason", "This intervention is already closed");
            return problems;
        }
        if (reason == null) {
            problems.put("reason", "Select why the intervention is ending");
        }
        if (closedOn == null) {
            problems.put("closedOn", "Enter the date it ended");
        } else if (AllocationRules.begun(intervention) != null
                && closedOn.isBefore(AllocationRules.begun(intervention))) {
            problems.put("closedOn", "It cannot end before it started");
        }
        if (reason == ClosureReason.COMPLETED && blank(exitStrategy)) {
            problems.put("exitStrategy", "Describe the exit strategy: what support continues after the intervention");
        }
        override(undone, manager, overrideReason).ifPresent(p -> problems.put(p.getKey(), p.getValue()));
        return problems;
    }

    /**
     * Closing with due items still open: a case manager is told which and asked to have a manager close it; a
     * manager must give the reason for overriding them.
     */
    public static java.util.Optional<Map.Entry<String, String>> override(
            List<String> undone, boolean manager, String overrideReason) {
        if (undone.isEmpty()) {
            return java.util.Optional.empty();
        }
        String items = String.join("; ", undone);
        if (!manager) {
            return java.util.Optional.of(Map.entry(
                    "openDueItems",
                    "These due items are still open: " + items
                            + ". Ask a manager to close the intervention: only a manager can close it with due items"
                            + " open, giving the reason."));
        }
        if (blank(overrideReason)) {
            return java.util.Optional.of(Map.entry(
                    "overrideReason", "Give the reason for closing with these due items still open: " + items));
        }
        return java.util.Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
