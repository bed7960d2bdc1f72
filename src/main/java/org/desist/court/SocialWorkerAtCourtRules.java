package org.desist.court;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The social worker and the court, as plain rules (the joint protocol between children's social care and the YOS,
 * "Police station and court" and "Remands").
 */
public final class SocialWorkerAtCourtRules {

    private SocialWorkerAtCourtRules() {}

    /**
     * Joint protocol, "Remands": the YOS makes sure the social worker knows every court date (of a looked-after or
     * remanded child).
     */
    public static boolean courtDateToShare(boolean hasNextHearing, boolean lookedAfter, boolean remanded) {
        return hasNextHearing && (lookedAfter || remanded);
    }

    /**
     * Joint protocol, "Police station and court": the social worker always accompanies a looked-after child to the
     * Crown Court (or their manager).
     */
    public static Optional<String> crownCourtFlag(boolean lookedAfter, CourtKind court, Companion companion) {
        if (!lookedAfter || court != CourtKind.CROWN_COURT) {
            return Optional.empty();
        }
        if (companion == null) {
            return Optional.of("Looked-after child at the Crown Court: record who accompanied them");
        }
        if (!companion.socialCare()) {
            return Optional.of("Looked-after child at the Crown Court without the social worker or their manager");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with who is recorded as accompanying the child. Joint protocol, "Police station and court": YOS
     * staff cannot act in loco parentis; the manager attends in an emergency or where the carer is the victim; a
     * looked-after child at the Crown Court without the social worker or their manager needs the reason.
     */
    public static Map<String, String> problems(
            boolean lookedAfter,
            CourtKind court,
            Companion companion,
            String name,
            String reason,
            Collection<String> yosStaffNames) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (companion == null) {
            problems.put("companion", "Select who accompanied the child");
            return problems;
        }
        if (companion != Companion.NOBODY && blank(name)) {
            problems.put("companionName", "Enter the name of the person who accompanied the child");
        } else if (companion != Companion.NOBODY
                && yosStaffNames.stream().anyMatch(s -> normal(s).equals(normal(name)))) {
            problems.put(
                    "companionName",
                    "YOS staff cannot act in loco parentis at court: record the parent, carer, residential worker "
                            + "or social worker who accompanied the child");
        }
        if (companion == Companion.SOCIAL_WORKER_MANAGER && blank(reason)) {
            problems.put("companionReason", "Enter why the manager attended: an emergency, or the carer is the victim");
        } else if (crownCourtFlag(lookedAfter, court, companion).isPresent() && blank(reason)) {
            problems.put(
                    "companionReason",
                    "Enter why the social worker or their manager did not accompany the child to the Crown Court");
        }
        return problems;
    }

    /** What an appearance's recording or correction does to the social worker's due item of its court date. */
    public enum CourtDateItem {
        /** Nothing to do. */
        NONE,
        /** The open item is withdrawn: there is no court date to pass on. */
        WITHDRAW,
        /** The open item moves with the corrected appearance date. */
        MOVE,
        /** A new item, known from the appearance (its date). */
        RAISE_FROM_APPEARANCE,
        /** A new item, known from today's correction: the hearing moved after the social worker was told. */
        RAISE_FROM_TODAY
    }

    /**
     * Joint protocol, "Remands": every court date of a looked-after or remanded child is passed to the social worker.
     * {@code share} whether this one is to be; {@code open} whether an item is open; {@code corrected} whether this
     * is a correction (not a new appearance), moving its date ({@code dateMoved}) or its next hearing
     * ({@code nextHearingMoved}); {@code toldOfThisDate} whether the social worker was told of this next hearing;
     * {@code metBefore} whether an earlier item was met.
     */
    public static CourtDateItem courtDateItem(
            boolean share,
            boolean open,
            boolean corrected,
            boolean dateMoved,
            boolean nextHearingMoved,
            boolean toldOfThisDate,
            boolean metBefore) {
        if (!share) {
            return open ? CourtDateItem.WITHDRAW : CourtDateItem.NONE;
        }
        if (open) {
            return corrected && dateMoved ? CourtDateItem.MOVE : CourtDateItem.NONE;
        }
        if (toldOfThisDate) {
            return CourtDateItem.NONE;
        }
        // A first court date is known from the appearance; a hearing moved later is known from the correction.
        return metBefore && corrected && nextHearingMoved
                ? CourtDateItem.RAISE_FROM_TODAY
                : CourtDateItem.RAISE_FROM_APPEARANCE;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String normal(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
