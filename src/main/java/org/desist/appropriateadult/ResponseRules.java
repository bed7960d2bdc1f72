package org.desist.appropriateadult;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.platform.Clocks;

/**
 * When a call-out's response was late and when a request came out of hours. There is no national target for the time
 * from request to arrival (PACE 1984 Code C says only "as soon as practicable"): the target is a local setting, as are
 * the service's office hours on working days (bank holidays in England and Wales are out of hours all day).
 */
public record ResponseRules(int targetMinutes, LocalTime hoursStart, LocalTime hoursEnd, WorkingDayCalendar calendar) {

    public ResponseRules {
        if (targetMinutes < 1) {
            throw new IllegalArgumentException("The response target must be at least a minute");
        }
        if (!hoursEnd.isAfter(hoursStart)) {
            throw new IllegalArgumentException("Office hours must end after they start");
        }
    }

    /** Late: the appropriate adult arrived more than the target after the request (arriving at the target is on time). */
    public boolean late(Duration response) {
        return response.compareTo(Duration.ofMinutes(targetMinutes)) > 0;
    }

    /** Late, for a call-out: only once the appropriate adult has arrived. */
    public boolean late(CallOut callOut) {
        return callOut.responseTime().map(this::late).orElse(false);
    }

    /** Out of hours: outside office hours (start included, end excluded) or on a weekend or bank holiday, in UK time. */
    public boolean outOfHours(Instant at) {
        ZonedDateTime local = at.atZone(Clocks.UK);
        if (!workingDay(local.toLocalDate())) {
            return true;
        }
        LocalTime time = local.toLocalTime();
        return time.isBefore(hoursStart) || !time.isBefore(hoursEnd);
    }

    private boolean workingDay(java.time.LocalDate date) {
        try {
            return calendar.isWorkingDay(date);
        } catch (org.desist.deadline.DateOutsideCalendarException beyondTheBankHolidays) {
            // Past the shipped bank holidays: weekends are still out of hours.
            return date.getDayOfWeek().getValue() < 6;
        }
    }
}
