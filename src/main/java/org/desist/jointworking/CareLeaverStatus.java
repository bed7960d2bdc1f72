package org.desist.jointworking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A child's care-leaver category on a day, with the reasoning shown to both services (the joint protocol between children's social care and the YOS,
 * "Care leavers"; Children (Leaving Care) Act 2000 and the Care Leavers (England) Regulations 2010):
 * <ul>
 *   <li>eligible: aged 16–17, looked after for at least 13 weeks in total since age 14 in a period ending at
 *       or after 16, and still looked after;
 *   <li>relevant: aged 16–17, met the eligible test but no longer looked after — including a child detained
 *       on their 16th birthday who had been looked after for 13 weeks since 14 until the detention;
 *   <li>former relevant: aged 18–25 and was eligible or relevant before 18;
 *   <li>qualifying: aged 16–25, looked after at some time after 16, no longer looked after, and none of the
 *       above.
 * </ul>
 * Not modelled: pre-planned short breaks (which do not count towards the 13 weeks) and a relevant child's
 * successful return home.
 */
public record CareLeaverStatus(CareLeaverCategory category, List<String> reasoning, LocalDate eligibleFrom) {

    /** The qualifying period: 13 weeks (Care Leavers (England) Regulations 2010 reg. 3). */
    public static final long QUALIFYING_DAYS = 13 * 7;

    public static CareLeaverStatus on(LookedAfterHistory history, LocalDate day) {
        LocalDate born = history.dateOfBirth();
        LocalDate fourteen = born.plusYears(14);
        LocalDate sixteen = born.plusYears(16);
        LocalDate eighteen = born.plusYears(18);
        LocalDate twentySix = born.plusYears(26);
        List<String> why = new ArrayList<>();
        if (day.isBefore(sixteen)) {
            why.add("Under 16: no care-leaver category before the 16th birthday (" + sixteen + ").");
            return new CareLeaverStatus(CareLeaverCategory.NONE, why, eligibleFrom(history, day, why));
        }
        if (!day.isBefore(twentySix)) {
            why.add("Aged 26 or over: care-leaver support has ended.");
            return new CareLeaverStatus(CareLeaverCategory.NONE, why, null);
        }
        LocalDate lastChildDay = eighteen.minusDays(1);
        LocalDate asOf = day.isAfter(lastChildDay) ? lastChildDay : day;
        boolean lookedAfterNow = history.lookedAfterOn(day);
        long since14 = history.daysLookedAfter(fourteen, asOf.plusDays(1));
        why.add("Looked after for " + weeksAndDays(since14) + " in total since the 14th birthday (" + fourteen
                + "), up to " + asOf + "; 13 weeks are needed.");
        boolean metTheTest = metEligibleTestBy(history, asOf);
        if (!day.isBefore(eighteen)) {
            if (metTheTest) {
                why.add("Was an eligible or relevant child before the 18th birthday.");
                return new CareLeaverStatus(CareLeaverCategory.FORMER_RELEVANT, why, null);
            }
            return qualifyingOrNone(history, sixteen, asOf, why, false);
        }
        if (lookedAfterNow) {
            if (metTheTest) {
                why.add("Still looked after, aged 16 or 17.");
                return new CareLeaverStatus(CareLeaverCategory.ELIGIBLE, why, null);
            }
            why.add("Still looked after: not a care leaver yet.");
            return new CareLeaverStatus(CareLeaverCategory.NONE, why, eligibleFrom(history, day, why));
        }
        if (metTheTest) {
            why.add("No longer looked after, aged 16 or 17.");
            return new CareLeaverStatus(CareLeaverCategory.RELEVANT, why, null);
        }
        return qualifyingOrNone(history, sixteen, asOf, why, true);
    }

    private static CareLeaverStatus qualifyingOrNone(
            LookedAfterHistory history, LocalDate sixteen, LocalDate asOf, List<String> why, boolean child) {
        boolean lookedAfterAfter16 = history.lastDayLookedAfter(asOf)
                .map(last -> !last.isBefore(sixteen))
                .orElse(false);
        if (lookedAfterAfter16) {
            why.add("Looked after at some time after the 16th birthday, but never for the 13 weeks an eligible"
                    + " child needs.");
            return new CareLeaverStatus(CareLeaverCategory.QUALIFYING, why, null);
        }
        why.add("Not looked after at any time after the 16th birthday.");
        return new CareLeaverStatus(CareLeaverCategory.NONE, why, null);
    }

    /**
     * Met the eligible test on some day from the 16th birthday to {@code upTo}: looked after that day with 13
     * weeks since 14 — or detained on the 16th birthday straight from 13 weeks of being looked after.
     */
    private static boolean metEligibleTestBy(LookedAfterHistory history, LocalDate upTo) {
        LocalDate born = history.dateOfBirth();
        LocalDate fourteen = born.plusYears(14);
        LocalDate sixteen = born.plusYears(16);
        long days = history.daysLookedAfter(fourteen, sixteen);
        for (LocalDate d = sixteen; !d.isAfter(upTo); d = d.plusDays(1)) {
            if (history.lookedAfterOn(d)) {
                days++;
                if (days >= QUALIFYING_DAYS) {
                    return true;
                }
            }
        }
        if (history.inCustodyOn(sixteen)) {
            LocalDate detained = history.custody().stream()
                    .filter(c -> c.covers(sixteen))
                    .map(LookedAfterEpisode::from)
                    .findFirst()
                    .orElseThrow();
            boolean lookedAfterJustBefore = history.lookedAfterOn(detained.minusDays(1));
            return lookedAfterJustBefore && history.daysLookedAfter(fourteen, detained) >= QUALIFYING_DAYS;
        }
        return false;
    }

    /** If the child stays looked after from {@code day}, the day they would become an eligible child. */
    private static LocalDate eligibleFrom(LookedAfterHistory history, LocalDate day, List<String> why) {
        if (!history.lookedAfterOn(day)) {
            return null;
        }
        LocalDate born = history.dateOfBirth();
        LocalDate fourteen = born.plusYears(14);
        LocalDate sixteen = born.plusYears(16);
        long before = history.daysLookedAfter(fourteen, day);
        LocalDate thirteenWeeks = day.plusDays(Math.max(0, QUALIFYING_DAYS - before - 1));
        LocalDate from = thirteenWeeks.isBefore(sixteen) ? sixteen : thirteenWeeks;
        if (!from.isBefore(born.plusYears(18))) {
            return null;
        }
        why.add("If still looked after, becomes an eligible child on " + from + ".");
        return from;
    }

    private static String weeksAndDays(long days) {
        long weeks = days / 7;
        long rest = days % 7;
        return weeks
                + (weeks == 1 ? " week" : " weeks")
                + (rest == 0 ? "" : " and " + rest + (rest == 1 ? " day" : " days"));
    }
}
