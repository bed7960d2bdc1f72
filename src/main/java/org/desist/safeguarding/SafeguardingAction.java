package org.desist.safeguarding;

import static org.desist.safeguarding.SafeguardingChecks.required;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** An action agreed by a risk panel, in a VMP or at a meeting: what, which agency owns it and by when. */
public record SafeguardingAction(
        UUID id, String recordType, UUID recordId, String action, String ownerAgency, LocalDate dueOn) {

    /** What the audit trail shows of an action. */
    public static final AuditedFields<SafeguardingAction> AUDITED = AuditedFields.<SafeguardingAction>of()
            .field("Action", SafeguardingAction::action)
            .field("Owner agency", SafeguardingAction::ownerAgency)
            .field("Due", SafeguardingAction::dueOn);

    // Working Together to Safeguard Children 2023: each agreed action has the agency that owns it and a date.

    /** An action is agreed by the record {@code request} names (a referral, a VMP or a meeting of the child). */
    public static Change<SafeguardingAction> agree(UUID id, Safeguarding.NewAction request) {
        InvalidRequestException.refuseIf(problems(request));
        return Change.created(new SafeguardingAction(
                id,
                request.recordType(),
                request.recordId(),
                request.action().trim(),
                request.ownerAgency().trim(),
                request.dueOn()));
    }

    public static Map<String, String> problems(Safeguarding.NewAction request) {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "action", request.action(), "Enter the action");
        required(problems, "ownerAgency", request.ownerAgency(), "Enter the agency that owns the action");
        if (request.dueOn() == null) {
            problems.put("dueOn", "Enter the date the action is due");
        }
        return problems;
    }
}
