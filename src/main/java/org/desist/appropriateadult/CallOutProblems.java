package org.desist.appropriateadult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The problems of a call-out's request and of its leaving, each on its field ({@link CallOut}'s rules). */
final class CallOutProblems {

    private CallOutProblems() {}

    static Map<String, String> request(CallOut.Request r, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "custodySuite", r.custodySuite(), CallOut.TEXT_LENGTH, "Enter the custody suite that asked");
        if (r.requestedAt() == null) {
            problems.put("requestedAt", "Enter when the custody suite asked");
        } else if (r.requestedAt().isAfter(now)) {
            problems.put("requestedAt", "The request must be now or in the past");
        }
        text(problems, "childName", r.childName(), CallOut.TEXT_LENGTH, "Enter the child's name");
        if (r.childDateOfBirth() != null
                && r.childDateOfBirth().isAfter(LocalDate.ofInstant(now, org.desist.platform.Clocks.UK))) {
            problems.put("childDateOfBirth", "The date of birth must be in the past");
        }
        text(problems, "attendeeName", r.attendeeName(), CallOut.TEXT_LENGTH, "Select who attended");
        if (!r.attendeeOnRota()) {
            // Somebody off the rota may go (the one on call is already at another suite), but the reason is kept.
            text(
                    problems,
                    "offRotaReason",
                    r.offRotaReason(),
                    CallOut.REASON_LENGTH,
                    "Enter why someone not on the rota attended");
        }
        return problems;
    }

    static Map<String, String> leaving(Instant arrivedAt, CallOut.Leaving l, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (arrivedAt == null) {
            problems.put("leftAt", "Record when the appropriate adult arrived first");
        } else if (l.leftAt() == null) {
            problems.put("leftAt", "Enter when the appropriate adult left");
        } else if (l.leftAt().isAfter(now)) {
            problems.put("leftAt", "The time they left must be now or in the past");
        } else if (l.leftAt().isBefore(arrivedAt)) {
            problems.put("leftAt", "The time they left cannot be before they arrived");
        }
        if (l.procedures() == null || l.procedures().isEmpty()) {
            problems.put("procedures", "Select the procedures the appropriate adult attended");
        }
        if (l.outcome() == null) {
            problems.put("outcome", "Select the outcome");
        } else if (l.outcome() == CallOut.Outcome.CHARGE) {
            if (l.keptOvernight() == null) {
                problems.put(
                        "keptOvernight", "Select whether the child was refused bail and kept in custody overnight");
            } else if (l.keptOvernight()) {
                if (l.accommodationRequested() == null) {
                    problems.put(
                            "accommodationRequested", "Select whether the local authority was asked for accommodation");
                } else if (l.accommodationRequested() && l.accommodationProvided() == null) {
                    problems.put("accommodationProvided", "Select whether the local authority provided accommodation");
                }
                boolean answered = Boolean.FALSE.equals(l.accommodationRequested())
                        || Boolean.FALSE.equals(l.accommodationProvided());
                if (answered) {
                    // Concordat on Children in Custody 2017: each case not moved is recorded with the reason.
                    text(
                            problems,
                            "accommodationReason",
                            l.accommodationReason(),
                            CallOut.REASON_LENGTH,
                            "Enter why the child was not moved to local authority accommodation");
                }
            }
        }
        return problems;
    }

    static void text(Map<String, String> problems, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            problems.put(field, missing);
        } else if (value.strip().length() > max) {
            problems.put(field, "Use " + max + " characters or fewer");
        }
    }
}
