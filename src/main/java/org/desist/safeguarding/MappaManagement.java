package org.desist.safeguarding;

import static org.desist.safeguarding.SafeguardingChecks.notFuture;
import static org.desist.safeguarding.SafeguardingChecks.reviewDate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** The child's MAPPA level (1–3) and category (1–4; 4 is terrorism), decided on a date, with its review. */
public record MappaManagement(
        UUID id, UUID childId, int level, int category, LocalDate decidedOn, LocalDate reviewOn, String recordedBy) {

    /** What the audit trail shows of a MAPPA decision. */
    public static final AuditedFields<MappaManagement> AUDITED = AuditedFields.<MappaManagement>of()
            .field("MAPPA level", MappaManagement::level)
            .field("MAPPA category", MappaManagement::category)
            .field("Review date", MappaManagement::reviewOn);

    public String categoryLabel() {
        return "Category " + category + (category == 4 ? " (terrorism)" : "");
    }

    // MAPPA Guidance (Ministry of Justice): management levels 1 to 3, categories 1 to 4 (4: terrorism), decided on
    // a date that has happened and reviewed on or after it.

    /** The child's MAPPA level and category are decided. */
    public static Change<MappaManagement> decide(
            UUID id, UUID childId, Safeguarding.NewMappa request, String recordedBy, LocalDate today) {
        InvalidRequestException.refuseIf(problems(request, today));
        return Change.created(new MappaManagement(
                id, childId, request.level(), request.category(), request.decidedOn(), request.reviewOn(), recordedBy));
    }

    public static Map<String, String> problems(Safeguarding.NewMappa request, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.level() == null || request.level() < 1 || request.level() > 3) {
            problems.put("level", "Select the MAPPA level");
        }
        if (request.category() == null || request.category() < 1 || request.category() > 4) {
            problems.put("category", "Select the MAPPA category");
        }
        notFuture(problems, "decidedOn", request.decidedOn(), "the date of the MAPPA decision", today);
        reviewDate(problems, request.reviewOn(), request.decidedOn(), "decision");
        return problems;
    }
}
