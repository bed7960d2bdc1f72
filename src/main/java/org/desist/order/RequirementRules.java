package org.desist.order;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.child.Age;

/**
 * Whether a youth rehabilitation order requirement is lawful for this child and this order (Sentencing Act
 * 2020 Sch. 6). Each rule cites its paragraph; problems are keyed by the field to correct.
 */
public final class RequirementRules {

    private RequirementRules() {}

    /** A requirement as recorded, before it is saved. */
    public record Proposed(
            RequirementType type,
            LocalDate startDate,
            LocalDate endDate,
            Integer hours,
            Integer days,
            boolean extended,
            LocalTime curfewFrom,
            LocalTime curfewUntil,
            String details,
            boolean conditionsConfirmed) {}

    /**
     * @param orderDate the date the order was made (taken as the date of conviction for age limits)
     * @param orderEnd the order's end date, if the court set one
     * @param existing the order's requirements already recorded
     */
    public static Map<String, String> problems(
            Proposed r, LocalDate orderDate, LocalDate orderEnd, LocalDate dateOfBirth, List<Requirement> existing) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (r.type() == null) {
            problems.put("type", "Select the type of requirement");
            return problems;
        }
        if (r.startDate() == null) {
            problems.put("startDate", "Enter the date the requirement starts");
        } else if (r.startDate().isBefore(orderDate)) {
            problems.put("startDate", "The requirement cannot start before the order was made");
        }
        if (r.endDate() == null) {
            problems.put("endDate", "Enter the date the requirement ends");
        } else if (r.startDate() != null && r.endDate().isBefore(r.startDate())) {
            problems.put("endDate", "The requirement cannot end before it starts");
        } else if (orderEnd != null && r.endDate().isAfter(orderEnd)) {
            problems.put("endDate", "The requirement must end within the order, which ends on " + orderEnd);
        }
        int age = Age.on(dateOfBirth, orderDate);
        switch (r.type()) {
            case UNPAID_WORK -> {
                // Sch. 6 Pt 3 para 10–11: only for a child aged 16 or 17 on conviction, 40 to 240 hours.
                if (age < 16 || age > 17) {
                    problems.put(
                            "type",
                            "Unpaid work can only be required of a child aged 16 or 17 when the order was made (this child was "
                                    + age + ")");
                }
                between(problems, "hours", r.hours(), 40, 240, "Unpaid work must be from 40 to 240 hours");
            }
            case RESIDENCE -> {
                // Sch. 6 Pt 9: a residence requirement only for a child aged 16 or 17 on conviction.
                if (age < 16 || age > 17) {
                    problems.put(
                            "type",
                            "A residence requirement can only be made for a child aged 16 or 17 when the order was made (this child was "
                                    + age + ")");
                }
            }
            case CURFEW -> curfew(problems, r);
            case ATTENDANCE_CENTRE -> {
                // Sch. 6 Pt 5 para 14: under 14 up to 12 hours; 14–15 from 12 to 24; 16–17 from 12 to 36.
                if (age < 14) {
                    between(problems, "hours", r.hours(), 1, 12, "Under 14, attendance centre hours are at most 12");
                } else if (age < 16) {
                    between(
                            problems,
                            "hours",
                            r.hours(),
                            12,
                            24,
                            "At 14 or 15, attendance centre hours are from 12 to 24");
                } else {
                    between(
                            problems,
                            "hours",
                            r.hours(),
                            12,
                            36,
                            "At 16 or 17, attendance centre hours are from 12 to 36");
                }
            }
            case ACTIVITY -> {
                // Sch. 6 Pt 1 para 1(3) and 2: at most 90 days, unless an extended activity requirement (up to 365)
                // as part of intensive supervision and surveillance.
                if (r.extended()) {
                    between(
                            problems,
                            "days",
                            r.days(),
                            91,
                            365,
                            "An extended activity requirement is from 91 to 365 days");
                } else {
                    between(
                            problems,
                            "days",
                            r.days(),
                            1,
                            90,
                            "An activity requirement is at most 90 days (more only as an extended activity requirement)");
                }
            }
            case INTENSIVE_SUPERVISION_AND_SURVEILLANCE -> {
                // Sch. 6 para 2: intensive supervision and surveillance is built on an extended activity requirement,
                // and only where the court found the offence imprisonable and the custody threshold crossed.
                conditions(problems, r);
                boolean extendedActivity =
                        existing.stream().anyMatch(q -> q.type() == RequirementType.ACTIVITY && q.extended());
                if (!extendedActivity) {
                    problems.put(
                            "type",
                            "Intensive supervision and surveillance needs an extended activity requirement: record that first");
                }
            }
            case INTENSIVE_FOSTERING -> {
                // Sch. 6 Pt 11: fostering only on the same conditions as intensive supervision and surveillance, for
                // at most 12 months, and never with intensive supervision and surveillance on the same order.
                conditions(problems, r);
                if (r.startDate() != null
                        && r.endDate() != null
                        && r.endDate().isAfter(r.startDate().plusMonths(12))) {
                    problems.put("endDate", "Intensive fostering lasts at most 12 months");
                }
                if (existing.stream()
                        .anyMatch(q -> q.type() == RequirementType.INTENSIVE_SUPERVISION_AND_SURVEILLANCE)) {
                    problems.put(
                            "type",
                            "An order with intensive supervision and surveillance cannot also require intensive fostering");
                }
            }
            default -> {}
        }
        if (r.type().detailsRequired() && (r.details() == null || r.details().isBlank())) {
            problems.put("details", "Enter " + r.type().detailsLabel().toLowerCase());
        }
        return problems;
    }

    /** Curfew hours in a day, across midnight when the curfew ends the next morning. */
    public static double curfewHours(LocalTime from, LocalTime until) {
        Duration d = Duration.between(from, until);
        if (d.isNegative() || d.isZero()) {
            d = d.plusHours(24);
        }
        return d.toMinutes() / 60.0;
    }

    private static void curfew(Map<String, String> problems, Proposed r) {
        if (r.curfewFrom() == null) {
            problems.put("curfewFrom", "Enter the time the curfew starts each day, for example 19:00");
        }
        if (r.curfewUntil() == null) {
            problems.put("curfewUntil", "Enter the time the curfew ends each day, for example 07:00");
        }
        // Sch. 6 Pt 7 para 18: from 2 to 20 hours a day, within 12 months of the requirement taking effect.
        if (r.curfewFrom() != null && r.curfewUntil() != null) {
            double hours = curfewHours(r.curfewFrom(), r.curfewUntil());
            if (hours < 2 || hours > 20) {
                problems.put("curfewUntil", "A curfew is from 2 to 20 hours a day (this one is " + format(hours) + ")");
            }
        }
        if (r.startDate() != null
                && r.endDate() != null
                && !r.endDate().isBefore(r.startDate().plusMonths(12))) {
            problems.put("endDate", "A curfew must end within 12 months of its start");
        }
    }

    private static void conditions(Map<String, String> problems, Proposed r) {
        if (!r.conditionsConfirmed()) {
            problems.put(
                    "conditionsConfirmed",
                    "Confirm the court found the offence imprisonable and serious enough for custody");
        }
    }

    private static void between(
            Map<String, String> problems, String field, Integer value, int min, int max, String message) {
        if (value == null) {
            problems.put(field, "Enter the number of " + field);
        } else if (value < min || value > max) {
            problems.put(field, message);
        }
    }

    private static String format(double hours) {
        return hours == Math.floor(hours) ? (int) hours + " hours" : String.format("%.1f hours", hours);
    }
}
