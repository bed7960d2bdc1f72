package org.desist.contact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** A warning given for an unacceptable absence: when, by whom and how. */
public record Warning(UUID id, UUID contactId, LocalDate givenOn, String givenBy, WarningMethod method) {

    /**
     * A warning given for {@code absence} (an unacceptable absence with none yet; null when the one chosen is not):
     * one for each, given by someone, in some way, not before the absence nor after {@code today} (YJB case
     * management guidance, contact and compliance: each unacceptable absence leads to a warning).
     */
    public static Change<Warning> give(
            UUID id, Contact absence, LocalDate givenOn, String givenBy, WarningMethod method, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (absence == null) {
            problems.put("contactId", "Select an unacceptable absence that has no warning yet");
        }
        if (givenOn == null) {
            problems.put("givenOn", "Enter the date the warning was given");
        } else if (givenOn.isAfter(today)) {
            problems.put("givenOn", "The date the warning was given must be today or in the past");
        } else if (absence != null && givenOn.isBefore(absence.date())) {
            problems.put("givenOn", "The warning cannot be given before the absence");
        }
        if (ContactRules.blank(givenBy)) {
            problems.put("givenBy", "Enter who gave the warning");
        }
        if (method == null) {
            problems.put("method", "Select how the warning was given");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new Warning(id, absence.id(), givenOn, givenBy.trim(), method));
    }
}
