package org.desist.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

    /** "Panel report shared late" or "not shared", when it did not reach panel members before the meeting. */
    @JsonProperty("reportFlag")
    public String reportFlag() {
        return PanelRules.reportFlag(heldOn, reportSharedOn).orElse(null);
    }
}
