package org.desist.outofcourt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.desist.intervention.OrderLength;
import org.desist.outofcourt.Referral.Attendee;
import org.desist.outofcourt.Referral.PanelDecision;
import org.desist.security.Agency;

/**
 * What a joint decision-making panel's record must say, whatever the referral's state (the referral checks when it
 * may be recorded): police and YOS both attend, the recommendation, decision and rationale are given, and a youth
 * conditional caution has its conditions and ends within the caution's length (YJB case management guidance,
 * out-of-court disposals; Code of Practice for Youth Conditional Cautions).
 */
final class PanelRules {

    private PanelRules() {}

    /** Adds the record's problems to {@code problems}, each on its field, after the panel date's. */
    static void addContentProblems(PanelDecision typed, LocalDate today, Map<String, String> problems) {
        if (typed.policeToldOn() != null && typed.policeToldOn().isAfter(today)) {
            problems.putIfAbsent("policeToldOn", "The date the police were told must be today or in the past");
        }
        List<Attendee> attendees = typed.attendees() == null
                ? List.of()
                : typed.attendees().stream().filter(Objects::nonNull).toList();
        for (int i = 0; i < attendees.size(); i++) {
            if (blank(attendees.get(i).name())) {
                problems.put("attendees[" + i + "].name", "Enter the name of this attendee");
            }
            if (attendees.get(i).agency() == null) {
                problems.put("attendees[" + i + "].agency", "Select the agency of this attendee");
            }
        }
        boolean police = attendees.stream().anyMatch(a -> a.agency() == Agency.POLICE);
        boolean yos = attendees.stream().anyMatch(a -> a.agency() == Agency.YOUTH_JUSTICE_SERVICE);
        if (!police || !yos) {
            problems.put(
                    "attendees",
                    "Record at least one attendee from the police and one from the youth justice service: the panel is joint");
        }
        if (typed.recommendation() == null) {
            problems.put("recommendation", "Select the YOS recommendation");
        }
        if (typed.decision() == null) {
            problems.put("decision", "Select the panel's decision");
        }
        if (blank(typed.rationale())) {
            problems.put("rationale", "Enter the rationale for the decision");
        }
        if (typed.decision() == Outcome.YOUTH_CONDITIONAL_CAUTION) {
            if (blank(typed.conditions())) {
                problems.put("conditions", "Enter the conditions of the youth conditional caution");
            }
            if (typed.panelDate() != null) {
                OrderLength.problem(
                                Outcome.YOUTH_CONDITIONAL_CAUTION.delivered().orElseThrow(),
                                typed.panelDate(),
                                typed.conditionsEndOn())
                        .ifPresent(p -> problems.put("conditionsEndOn", p));
            }
        }
        if (typed.policeToldOn() != null
                && typed.panelDate() != null
                && typed.policeToldOn().isBefore(typed.panelDate())) {
            problems.put("policeToldOn", "The police cannot be told of the decision before the panel");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
