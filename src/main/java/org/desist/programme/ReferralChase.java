package org.desist.programme;

import java.time.LocalDate;
import org.desist.deadline.WorkingDayCalendar;

/**
 * When a referral to a specialist or partner still awaiting its outcome should be chased: from the n-th
 * working day after the referral (the day of the referral is day 0; weekends and bank holidays in England and
 * Wales skipped). n is the local setting {@code desist.programme.referral-outcome-chase-after}, default 20
 * (a partnership's usual response time; YJB case management guidance asks only that outcomes are followed up).
 */
public final class ReferralChase {

    private ReferralChase() {}

    /** The first day the referral is to be chased if it is still awaiting an outcome. */
    public static LocalDate chaseFrom(LocalDate referredOn, int afterWorkingDays, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(referredOn, afterWorkingDays);
    }

    /** Whether a referral is to be chased today: still awaiting, and its chase date has come. */
    public static boolean toChase(
            ReferralOutcome outcome,
            LocalDate referredOn,
            LocalDate today,
            int afterWorkingDays,
            WorkingDayCalendar calendar) {
        return outcome == ReferralOutcome.AWAITING
                && !today.isBefore(chaseFrom(referredOn, afterWorkingDays, calendar));
    }
}
