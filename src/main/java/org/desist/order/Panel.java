package org.desist.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditedFields;

/** A youth offender panel that sat for a referral order. */
public record Panel(
        UUID id,
        PanelKind kind,
        LocalDate heldOn,
        List<String> communityMembers,
        String yosMember,
        boolean parentAttended,
        String parentAbsenceReason,
        LocalDate reportSharedOn,
        PanelOutcome outcome,
        String notes) {

    /** What the trail shows of a panel. */
    static final AuditedFields<Panel> AUDITED = AuditedFields.<Panel>of()
            .field("Panel", Panel::kind)
            .field("Date", Panel::heldOn)
            .field("Community panel members", Panel::communityMembers, m -> String.join(", ", m))
            .field("YOS panel member", Panel::yosMember)
            .field("Parent or carer attended", Panel::parentAttended, a -> a ? "Yes" : "No")
            .field(
                    "Report shared",
                    p -> p.reportSharedOn() == null
                            ? "Not shared"
                            : p.reportSharedOn().toString())
            .field("Outcome", Panel::outcome);

    /** "Panel report shared late" or "not shared", when it did not reach panel members before the meeting. */
    @JsonProperty("reportFlag")
    public String reportFlag() {
        return PanelRules.reportFlag(heldOn, reportSharedOn).orElse(null);
    }
}
