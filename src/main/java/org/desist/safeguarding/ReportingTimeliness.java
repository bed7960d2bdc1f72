package org.desist.safeguarding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How promptly a child protection concern was reported. Source: Working Together to Safeguard Children 2023 — a
 * concern is reported immediately to the worker's manager and to children's social care. "Immediately" is a setting
 * ({@code desist.safeguarding.cp-report-within-days}, default 0: the same day).
 */
public record ReportingTimeliness(Status status, Integer days, String summary) {

    public enum Status {
        IN_TIME,
        LATE,
        NOT_REPORTED
    }

    /** Late or not yet reported to both: flagged. */
    public boolean flagged() {
        return status != Status.IN_TIME;
    }

    public static ReportingTimeliness of(
            LocalDate identifiedOn, LocalDate managerToldOn, LocalDate socialCareToldOn, int withinDays) {
        if (managerToldOn == null || socialCareToldOn == null) {
            String missing = managerToldOn == null && socialCareToldOn == null
                    ? "the manager or children’s social care"
                    : managerToldOn == null ? "the manager" : "children’s social care";
            return new ReportingTimeliness(Status.NOT_REPORTED, null, "Not reported to " + missing + " yet");
        }
        LocalDate last = managerToldOn.isAfter(socialCareToldOn) ? managerToldOn : socialCareToldOn;
        int days = (int) ChronoUnit.DAYS.between(identifiedOn, last);
        String took = days == 0
                ? "Reported the same day"
                : "Reported " + days + (days == 1 ? " day" : " days") + " after it was identified";
        return new ReportingTimeliness(days <= withinDays ? Status.IN_TIME : Status.LATE, days, took);
    }
}
