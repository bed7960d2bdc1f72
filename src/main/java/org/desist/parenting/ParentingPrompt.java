package org.desist.parenting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** A prompt to consider a parenting assessment, from its trigger, and the decision once made. */
public record ParentingPrompt(
        UUID id,
        UUID childId,
        ParentingTrigger trigger,
        String detail,
        LocalDate triggeredOn,
        ParentingDecision decision,
        String reason,
        String decidedBy,
        LocalDate decidedOn,
        long version) {

    /** What the audit trail shows of a prompt. */
    public static final AuditedFields<ParentingPrompt> AUDITED = AuditedFields.<ParentingPrompt>of()
            .field("Trigger", ParentingPrompt::trigger)
            .field("Detail", ParentingPrompt::detail)
            .field("Decision", ParentingPrompt::decision)
            .field("Reason", ParentingPrompt::reason);

    public boolean open() {
        return decision == null;
    }

    // The rules of a prompt (YJB case management guidance, working with parents and carers; Crime and Disorder
    // Act 1998 s.8–10 for parenting orders): raised by a trigger ({@link ParentingTriggers}), then the case
    // manager decides once, with the reason.

    /** A prompt raised on {@code on} by a trigger that fired. */
    public static Change<ParentingPrompt> raise(
            UUID id, UUID childId, ParentingTrigger trigger, String detail, LocalDate on) {
        return Change.created(new ParentingPrompt(id, childId, trigger, detail, on, null, null, null, null, 0));
    }

    /** The case manager's decision: assess or not needed, with the reason; once. */
    public Change<ParentingPrompt> decide(ParentingDecision answer, String why, String by, LocalDate today) {
        if (!open()) {
            InvalidRequestException.refuseIf(Map.of("decision", "The decision on this prompt is already recorded"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (answer == null) {
            problems.put("decision", "Select whether a parenting assessment is needed");
        }
        if (why == null || why.isBlank()) {
            problems.put("reason", "Enter the reason for the decision");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(
                this,
                new ParentingPrompt(id, childId, trigger, detail, triggeredOn, answer, why.trim(), by, today, version));
    }
}
