package org.desist.safeguarding;

import static org.desist.safeguarding.SafeguardingChecks.blank;
import static org.desist.safeguarding.SafeguardingChecks.notFuture;
import static org.desist.safeguarding.SafeguardingChecks.required;
import static org.desist.safeguarding.SafeguardingChecks.trimmed;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** A referral to the YOS risk panel; the panel's date and decisions are added when it sits. */
public record PanelReferral(
        UUID id,
        UUID childId,
        LocalDate referredOn,
        String reason,
        LocalDate panelDate,
        String decisions,
        String recordedBy,
        long version,
        List<SafeguardingAction> actions) {

    /** What the audit trail shows of a referral. */
    public static final AuditedFields<PanelReferral> AUDITED = AuditedFields.<PanelReferral>of()
            .field("Referred on", PanelReferral::referredOn)
            .field("Reason", PanelReferral::reason)
            .field("Panel date", PanelReferral::panelDate)
            .field("Decisions", PanelReferral::decisions);

    // YJB case management guidance (risk of serious harm, the risk panel): a case is referred with its reason on a
    // date that has happened; the panel sits on or after the referral, and its decisions come with its date.

    /** The child is referred to the risk panel. */
    public static Change<PanelReferral> refer(
            UUID id, UUID childId, Safeguarding.NewReferral request, String recordedBy, LocalDate today) {
        InvalidRequestException.refuseIf(problems(request, today));
        return Change.created(new PanelReferral(
                id,
                childId,
                request.referredOn(),
                request.reason().trim(),
                request.panelDate(),
                trimmed(request.decisions()),
                recordedBy,
                0,
                List.of()));
    }

    /** The panel sat (its date and decisions), or the referral is corrected. */
    public Change<PanelReferral> revise(Safeguarding.NewReferral request, LocalDate today) {
        InvalidRequestException.refuseIf(problems(request, today));
        return Change.of(
                this,
                new PanelReferral(
                        id,
                        childId,
                        request.referredOn(),
                        request.reason().trim(),
                        request.panelDate(),
                        trimmed(request.decisions()),
                        recordedBy,
                        version,
                        actions));
    }

    /** What is wrong with the referral as given (empty when nothing). */
    public static Map<String, String> problems(Safeguarding.NewReferral request, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        notFuture(problems, "referredOn", request.referredOn(), "the date of the referral", today);
        required(problems, "reason", request.reason(), "Enter the reason for the referral");
        if (request.panelDate() != null
                && request.referredOn() != null
                && request.panelDate().isBefore(request.referredOn())) {
            problems.put("panelDate", "The panel cannot sit before the referral");
        }
        if (request.panelDate() == null && !blank(request.decisions())) {
            problems.put("panelDate", "Enter the date of the panel that made the decisions");
        }
        return problems;
    }
}
