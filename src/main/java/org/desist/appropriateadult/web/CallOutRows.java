package org.desist.appropriateadult.web;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.desist.appropriateadult.CallOut;
import org.desist.appropriateadult.ResponseRules;
import org.desist.platform.Clocks;
import org.springframework.stereotype.Component;

/** Call-outs as pages show them: times in GOV.UK style, response time, and the tags a manager looks for. */
@Component
class CallOutRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private final ResponseRules rules;

    CallOutRows(ResponseRules rules) {
        this.rules = rules;
    }

    record Row(
            UUID id,
            String requested,
            String custodySuite,
            String child,
            boolean childKnown,
            String attendee,
            String response,
            boolean late,
            boolean outOfHours,
            String stage,
            String outcome,
            boolean overnight,
            boolean notProvided,
            String reason) {}

    Row row(CallOut c) {
        return new Row(
                c.id(),
                when(c.requestedAt()),
                c.custodySuite(),
                c.childName(),
                c.childKnown(),
                c.attendeeName(),
                c.responseTime().map(CallOutRows::duration).orElse("Not yet arrived"),
                rules.late(c),
                rules.outOfHours(c.requestedAt()),
                c.stage().label(),
                c.outcome() == null ? null : c.outcome().label(),
                c.overnightDetention(),
                c.accommodationNotProvided(),
                c.accommodationReason());
    }

    List<Row> rows(List<CallOut> callOuts) {
        return callOuts.stream().map(this::row).toList();
    }

    boolean late(CallOut c) {
        return rules.late(c);
    }

    boolean outOfHours(CallOut c) {
        return rules.outOfHours(c.requestedAt());
    }

    int targetMinutes() {
        return rules.targetMinutes();
    }

    /** "3 March 2026 at 9:40pm". */
    static String when(java.time.Instant at) {
        if (at == null) {
            return null;
        }
        ZonedDateTime local = at.atZone(Clocks.UK);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    /** "1 hour 45 minutes", "40 minutes". */
    static String duration(Duration d) {
        long minutes = d.toMinutes();
        long hours = minutes / 60;
        long rest = minutes % 60;
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = rest == 0 && hours > 0 ? "" : rest + (rest == 1 ? " minute" : " minutes");
        return (h + " " + m).strip();
    }
}
