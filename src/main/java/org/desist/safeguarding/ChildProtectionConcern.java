package org.desist.safeguarding;

import static org.desist.safeguarding.SafeguardingChecks.blank;
import static org.desist.safeguarding.SafeguardingChecks.notFuture;
import static org.desist.safeguarding.SafeguardingChecks.required;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** A child protection concern with how promptly it was reported. Investigations are always social care's. */
public record ChildProtectionConcern(
        UUID id, UUID childId, ConcernDetails details, ReportingTimeliness reporting, String recordedBy, long version) {

    /** What the audit trail shows of a concern. */
    public static final AuditedFields<ChildProtectionConcern> AUDITED = AuditedFields.<ChildProtectionConcern>of()
            .field("Identified on", c -> c.details().identifiedOn())
            .field("Identified by", c -> c.details().identifiedBy())
            .field("Concern", c -> c.details().concern())
            .field("Manager", c -> c.details().managerName())
            .field("Reported to the manager on", c -> c.details().managerToldOn())
            .field("Reported to social care", c -> c.details().socialCareContact())
            .field("Social care contact name", c -> c.details().socialCareName())
            .field("Reported to social care on", c -> c.details().socialCareToldOn())
            .field("Social care’s response", c -> c.details().socialCareResponse());

    /** The concern as recorded, with how promptly it was reported ({@code withinDays}: the setting). */
    public static ChildProtectionConcern of(
            UUID id, UUID childId, ConcernDetails details, String recordedBy, long version, int withinDays) {
        return new ChildProtectionConcern(
                id,
                childId,
                details,
                ReportingTimeliness.of(
                        details.identifiedOn(), details.managerToldOn(), details.socialCareToldOn(), withinDays),
                recordedBy,
                version);
    }

    // Working Together to Safeguard Children 2023: a concern is reported immediately to the worker's manager and to
    // children's social care — whom, when (not before it was identified, not in the future) and how; social care's
    // response follows the report to it.

    /** A concern is recorded, with whom it has been reported to so far. */
    public static Change<ChildProtectionConcern> record(
            UUID id, UUID childId, ConcernDetails details, String recordedBy, LocalDate today, int withinDays) {
        InvalidRequestException.refuseIf(problems(details, today));
        return Change.created(of(id, childId, details.normalised(), recordedBy, 0, withinDays));
    }

    /** Its reporting or social care's response is added, or it is corrected. */
    public Change<ChildProtectionConcern> revise(ConcernDetails changed, LocalDate today, int withinDays) {
        InvalidRequestException.refuseIf(problems(changed, today));
        return Change.of(this, of(id, childId, changed.normalised(), recordedBy, version, withinDays));
    }

    public static Map<String, String> problems(ConcernDetails d, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        notFuture(problems, "identifiedOn", d.identifiedOn(), "the date the concern was identified", today);
        required(problems, "identifiedBy", d.identifiedBy(), "Enter who identified the concern");
        required(problems, "concern", d.concern(), "Describe the concern");
        boolean toManager = !blank(d.managerName()) || d.managerToldOn() != null;
        if (toManager) {
            required(problems, "managerName", d.managerName(), "Enter the name of the manager it was reported to");
            reportedOn(
                    problems, "managerToldOn", d.managerToldOn(), d.identifiedOn(), "reported to the manager", today);
        }
        boolean toSocialCare = d.socialCareContact() != null
                || !blank(d.socialCareName())
                || d.socialCareToldOn() != null
                || d.socialCareHow() != null;
        if (toSocialCare) {
            if (d.socialCareContact() == null) {
                problems.put("socialCareContact", "Select whom in children’s social care it was reported to");
            }
            required(problems, "socialCareName", d.socialCareName(), "Enter the name of the person it was reported to");
            reportedOn(
                    problems,
                    "socialCareToldOn",
                    d.socialCareToldOn(),
                    d.identifiedOn(),
                    "reported to children’s social care",
                    today);
            if (d.socialCareHow() == null) {
                problems.put("socialCareHow", "Select how it was reported to children’s social care");
            }
        } else if (!blank(d.socialCareResponse())) {
            problems.put("socialCareContact", "Record the report to children’s social care before its response");
        }
        return problems;
    }

    private static void reportedOn(
            Map<String, String> problems,
            String field,
            LocalDate on,
            LocalDate identifiedOn,
            String what,
            LocalDate today) {
        if (on == null) {
            problems.put(field, "Enter the date it was " + what);
        } else if (on.isAfter(today)) {
            problems.put(field, "The date it was " + what + " must be today or in the past");
        } else if (identifiedOn != null && on.isBefore(identifiedOn)) {
            problems.put(field, "The date it was " + what + " cannot be before the concern was identified");
        }
    }
}
