package org.desist.jointworking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** The decision to stop social care's support of a looked-after child in custody, as recorded. */
public record SupportStopped(
        UUID id, UUID childId, UUID interventionId, CustodyRules.StopSupport decision, String recordedBy) {

    public static final String RECORD_TYPE = "CUSTODY_SUPPORT_STOPPED";

    /** What the trail shows of it. */
    public static final AuditedFields<SupportStopped> AUDITED = AuditedFields.<SupportStopped>of()
            .field("Senior manager", s -> s.decision().seniorManager())
            .field("Agreed on", s -> s.decision().agreedOn())
            .field("Reason", s -> s.decision().reason());

    /**
     * Social care's support in custody stops (the joint protocol, "Custody"): once per sentence, only as a
     * recommendation of the assessment of the child's needs, agreed by a named senior manager with everybody told.
     *
     * @param alreadyStopped support has already stopped for this sentence
     * @param needsAssessed the assessment of the child's needs in custody was done
     */
    public static Change<SupportStopped> stop(
            UUID childId,
            UUID interventionId,
            CustodyRules.StopSupport d,
            boolean alreadyStopped,
            boolean needsAssessed,
            LocalDate sentencedOn,
            LocalDate today,
            String by) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (alreadyStopped) {
            problems.put("recommendedOn", "Support has already stopped for this sentence");
        } else if (!needsAssessed) {
            problems.put(
                    "recommendedOn",
                    "Record the assessment of the child's needs first: stopping support is one of its recommendations");
        } else {
            problems.putAll(CustodyRules.stopSupportProblems(d, sentencedOn, today));
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new SupportStopped(
                UUID.randomUUID(),
                childId,
                interventionId,
                new CustodyRules.StopSupport(
                        d.recommendedOn(),
                        d.reason().trim(),
                        d.seniorManager().trim(),
                        d.agreedOn(),
                        d.caseManagerToldOn(),
                        d.establishmentToldOn(),
                        d.childToldOn(),
                        d.parentsToldOn()),
                by));
    }
}
