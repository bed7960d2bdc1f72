package org.desist.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.desist.audit.AuditedFields;
import org.desist.audit.FieldChange;

/**
 * What the audit trail shows of an {@link Assessment}'s change, from its states before and after: its status, its
 * classifications and its family and personal relationships rating by value; each other part of its answers only
 * by name ("changed"), since the text itself stays in the record, not the trail.
 */
final class AssessmentTrail {

    static final AuditedFields<Assessment> AUDITED = AuditedFields.<Assessment>of()
            .field("Status", Assessment::status)
            .field(
                    "Safety and wellbeing classification",
                    a -> a.details().safetyAndWellbeing().classification())
            .field("ROSH classification", a -> a.details().riskOfHarm().classification())
            .field("Family and personal relationships", Assessment::familyRelationshipsRating)
            .field(
                    "Completed in",
                    a -> a.isRecordedAfterwards() ? a.recordedAfterwards().completedIn() : null)
            .field("Submitted on", a -> a.isRecordedAfterwards() ? a.submittedOn() : null)
            .field("Countersigned on", a -> a.isRecordedAfterwards() ? a.countersignedOn() : null);

    /** The parts named "changed" when they differ, unless their classification's own line already says so. */
    private record Part(
            String label,
            Function<AssessmentDetails, Object> value,
            Function<AssessmentDetails, Object> classification) {}

    private static final List<Part> PARTS = List.of(
            new Part("Desistance", AssessmentDetails::desistance, d -> null),
            new Part(
                    "Safety and wellbeing",
                    AssessmentDetails::safetyAndWellbeing,
                    d -> d.safetyAndWellbeing().classification()),
            new Part(
                    "Risk of serious harm",
                    AssessmentDetails::riskOfHarm,
                    d -> d.riskOfHarm().classification()),
            new Part("Sources and views", AssessmentDetails::sources, d -> null),
            new Part("Specialist screening", AssessmentDetails::screening, d -> null));

    private AssessmentTrail() {}

    /** The audited fields that changed, then the parts of the answers that changed. */
    static List<FieldChange> changes(Assessment before, Assessment after) {
        List<FieldChange> changes = new ArrayList<>(AUDITED.changes(before, after));
        if (before != null) {
            for (Part part : PARTS) {
                AssessmentDetails was = before.details();
                AssessmentDetails now = after.details();
                if (Objects.equals(
                                part.classification().apply(was),
                                part.classification().apply(now))
                        && !Objects.equals(part.value().apply(was), part.value().apply(now))) {
                    changes.add(new FieldChange(part.label(), null, "changed"));
                }
            }
        }
        return changes;
    }
}
