package org.desist.jointworking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.desist.deadline.WorkingDayCalendar;

/**
 * the joint protocol between children's social care and the YOS "Children placed out of borough": the social worker (or personal adviser) notifies the
 * home YOS of offending by a child placed out of borough as soon as possible and within 5 WD (a setting) of
 * knowing about it.
 */
public final class OutOfBoroughRules {

    private OutOfBoroughRules() {}

    /** A notification as received by the home YOS. */
    public record Notification(
            LocalDate knewOn, LocalDate notifiedOn, String notifiedBy, String whatWasSaid, boolean psrNeeded) {}

    /** The last day the home YOS should have been told. */
    public static LocalDate dueBy(LocalDate knewOn, int workingDays, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(knewOn, workingDays);
    }

    public static boolean late(LocalDate knewOn, LocalDate notifiedOn, int workingDays, WorkingDayCalendar calendar) {
        return notifiedOn.isAfter(dueBy(knewOn, workingDays, calendar));
    }

    public static Map<String, String> problems(Notification n, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (n.knewOn() == null) {
            problems.put("knewOn", "Enter the date the social worker or personal adviser knew of the offending");
        } else if (n.knewOn().isAfter(today)) {
            problems.put("knewOn", "The date they knew must be today or in the past");
        }
        if (n.notifiedOn() == null) {
            problems.put("notifiedOn", "Enter the date they told the YOS");
        } else if (n.notifiedOn().isAfter(today)) {
            problems.put("notifiedOn", "The date they told the YOS must be today or in the past");
        } else if (n.knewOn() != null && n.notifiedOn().isBefore(n.knewOn())) {
            problems.put("notifiedOn", "The date they told the YOS cannot be before they knew");
        }
        if (n.notifiedBy() == null || n.notifiedBy().isBlank()) {
            problems.put("notifiedBy", "Enter who told the YOS");
        }
        if (n.whatWasSaid() == null || n.whatWasSaid().isBlank()) {
            problems.put("whatWasSaid", "Enter what they said");
        }
        return problems;
    }
}
