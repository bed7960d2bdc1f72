package org.desist.order;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.desist.child.Age;

/** What makes a youth offender panel properly constituted and properly prepared (YJB case management guidance). */
public final class PanelRules {

    /** At least two community panel members sit with a YOS member (YJB case management guidance). */
    public static final int COMMUNITY_MEMBERS = 2;

    /** Parents of a child under 16 must attend the panel (YJB case management guidance). */
    public static final int PARENTS_ATTEND_UNDER = 16;

    private PanelRules() {}

    /** A panel as recorded, before it is saved. */
    public record Sitting(
            LocalDate heldOn,
            List<String> communityMembers,
            String yosMember,
            Boolean parentAttended,
            String parentAbsenceReason) {}

    /** Problems keyed by field; empty when the panel was properly constituted and its answers complete. */
    public static Map<String, String> problems(Sitting panel, LocalDate dateOfBirth) {
        Map<String, String> problems = new LinkedHashMap<>();
        long community = panel.communityMembers() == null
                ? 0
                : panel.communityMembers().stream()
                        .filter(n -> n != null && !n.isBlank())
                        .map(n -> n.trim().toLowerCase())
                        .distinct()
                        .count();
        if (community < COMMUNITY_MEMBERS) {
            problems.put(
                    "communityMembers",
                    "A youth offender panel needs at least two community panel members: with "
                            + (community == 0 ? "none" : "only " + community)
                            + " it was not properly constituted");
        }
        if (panel.yosMember() == null || panel.yosMember().isBlank()) {
            problems.put("yosMember", "Enter the YOS panel member: a panel without one was not properly constituted");
        }
        if (panel.parentAttended() == null) {
            problems.put("parentAttended", "Select whether a parent or carer attended");
        } else if (!panel.parentAttended()
                && panel.heldOn() != null
                && parentsMustAttend(dateOfBirth, panel.heldOn())
                && (panel.parentAbsenceReason() == null
                        || panel.parentAbsenceReason().isBlank())) {
            problems.put(
                    "parentAbsenceReason",
                    "The child was under 16 at the panel, so a parent or carer must attend: give the reason none did");
        }
        return problems;
    }

    public static boolean parentsMustAttend(LocalDate dateOfBirth, LocalDate heldOn) {
        return Age.on(dateOfBirth, heldOn) < PARENTS_ATTEND_UNDER;
    }

    /**
     * The panel report must reach panel members before the meeting (YJB case management guidance): a flag when it
     * was not shared, or was shared on the day of the panel or after; empty when it was on time.
     */
    public static Optional<String> reportFlag(LocalDate heldOn, LocalDate reportSharedOn) {
        if (reportSharedOn == null) {
            return Optional.of("Panel report not shared with panel members");
        }
        if (!reportSharedOn.isBefore(heldOn)) {
            return Optional.of("Panel report shared late: it must reach panel members before the meeting");
        }
        return Optional.empty();
    }
}
