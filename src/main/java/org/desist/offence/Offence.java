package org.desist.offence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.child.Age;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * An offence on a child's record: the aggregate. Never carries victims' details: those are the victim module's. An
 * offence is recorded once and not edited ({@link #record}).
 */
public record Offence(
        UUID id,
        UUID serviceId,
        UUID childId,
        LocalDate offenceDate,
        String description,
        OffenceCategory category,
        Plea plea,
        String coAccused,
        boolean seriousYouthViolence,
        boolean weapon,
        GravityScore gravity,
        long victims) {

    /** The offence with the number of its victims (a count from the victim module, never who they are). */
    public Offence withVictims(long count) {
        return new Offence(
                id,
                serviceId,
                childId,
                offenceDate,
                description,
                category,
                plea,
                coAccused,
                seriousYouthViolence,
                weapon,
                gravity,
                count);
    }

    /**
     * An offence is recorded: on a date in the past when the child was 10 or over (Children and Young Persons Act
     * 1933 s.50, the age of criminal responsibility), with its category, the child's plea and a gravity score on the
     * service's scale (YJB Youth Gravity Matrix). It raises {@link OffenceRecorded}.
     */
    public static Change<Offence> record(
            UUID id,
            UUID serviceId,
            UUID childId,
            LocalDate dateOfBirth,
            Offences.NewOffence offence,
            GravityScale scale,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (offence.offenceDate() == null) {
            problems.put("offenceDate", "Enter the date of the offence");
        } else if (offence.offenceDate().isAfter(today)) {
            problems.put("offenceDate", "Date of the offence must be today or in the past");
        } else if (Age.belowCriminalResponsibility(dateOfBirth, offence.offenceDate())) {
            problems.put(
                    "offenceDate", "The child was under 10 on that date, below the age of criminal responsibility");
        }
        if (blankToNull(offence.description()) == null) {
            problems.put("description", "Describe the offence");
        }
        if (offence.category() == null) {
            problems.put("category", "Select the offence category");
        }
        if (offence.plea() == null) {
            problems.put("plea", "Select the child's plea or admission");
        }
        GravityScore gravity = null;
        if (offence.gravityScore() == null) {
            problems.put("gravityScore", "Enter the gravity score from 1 to " + scale.highest());
        } else {
            gravity = new GravityScore(
                    scale,
                    offence.gravityScore(),
                    offence.gravityAdjustment(),
                    blankToNull(offence.gravityRationale()));
            gravity.problems().forEach(problems::putIfAbsent);
        }
        InvalidRequestException.refuseIf(problems);
        Offence recorded = new Offence(
                id,
                serviceId,
                childId,
                offence.offenceDate(),
                offence.description().trim(),
                offence.category(),
                offence.plea(),
                blankToNull(offence.coAccused()),
                offence.seriousYouthViolence(),
                offence.weapon(),
                gravity,
                0);
        return Change.created(recorded, new OffenceRecorded(childId, id, offence.offenceDate(), today));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
