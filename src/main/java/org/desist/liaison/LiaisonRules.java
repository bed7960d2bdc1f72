package org.desist.liaison;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.order.RequirementType;

/**
 * Which requirements need the YOS to liaise with children's social care before proposing them, and by when
 * (YJB case management guidance, orders that need social care): residence (for a child of 16 or 17: Sentencing Act
 * 2020 Sch. 6 para 24), local authority residence and intensive fostering.
 */
public final class LiaisonRules {

    private LiaisonRules() {}

    public enum Need {
        /** Social care is liaised with before the requirement is proposed. */
        LIAISON,
        /** The requirement does not involve social care. */
        NONE,
        /** The requirement cannot be proposed for a child of that age. */
        NOT_FOR_THIS_AGE
    }

    /** Whether proposing {@code type} for a child aged {@code age} (at the court date) needs liaison. */
    public static Need need(RequirementType type, int age) {
        return switch (type) {
            case RESIDENCE -> age == 16 || age == 17 ? Need.LIAISON : Need.NOT_FOR_THIS_AGE;
            case LOCAL_AUTHORITY_RESIDENCE, INTENSIVE_FOSTERING -> Need.LIAISON;
            default -> Need.NONE;
        };
    }

    /**
     * The liaison is due {@code workingDaysBefore} working days before the report is due (a local setting), but
     * never before the day the requirement was first considered.
     */
    public static LocalDate dueBy(
            LocalDate reportDue, int workingDaysBefore, LocalDate consideredOn, WorkingDayCalendar calendar) {
        LocalDate due = reportDue;
        int counted = 0;
        while (counted < workingDaysBefore) {
            due = due.minusDays(1);
            if (calendar.isWorkingDay(due)) {
                counted++;
            }
        }
        return due.isBefore(consideredOn) ? consideredOn : due;
    }

    public record Considered(RequirementType requirement, LocalDate consideredOn) {}

    public record Liaison(LocalDate liaisedOn, String contact, String outcome) {}

    public static Map<String, String> considering(
            Considered c, boolean reportChosen, int ageAtReportDue, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.requirement() == null) {
            problems.put("requirement", "Select the requirement being considered");
        } else {
            switch (need(c.requirement(), ageAtReportDue)) {
                case NOT_FOR_THIS_AGE ->
                    problems.put(
                            "requirement", "A residence requirement is only for a child aged 16 or 17 when sentenced");
                case NONE ->
                    problems.put(
                            "requirement",
                            "Only residence, local authority residence and intensive fostering need social care");
                case LIAISON -> {}
            }
        }
        if (!reportChosen) {
            problems.put("reportId", "Select the report to court it is being considered for");
        }
        if (c.consideredOn() == null) {
            problems.put("consideredOn", "Enter the date it was first considered");
        } else if (c.consideredOn().isAfter(today)) {
            problems.put("consideredOn", "The date it was first considered must be today or in the past");
        }
        return problems;
    }

    public static Map<String, String> liaising(Liaison l, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (l.liaisedOn() == null) {
            problems.put("liaisedOn", "Enter the date of the liaison");
        } else if (l.liaisedOn().isAfter(today)) {
            problems.put("liaisedOn", "The date of the liaison must be today or in the past");
        }
        if (l.contact() == null || l.contact().isBlank()) {
            problems.put("contact", "Enter who in children's social care was liaised with");
        }
        if (l.outcome() == null || l.outcome().isBlank()) {
            problems.put("outcome", "Enter the outcome of the liaison");
        }
        return problems;
    }
}
