package org.desist.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family and personal relationships part of the YOS assessment, rated 0 (no concern) to 4 (very high concern)
 * (domain reference 03 "Parenting": 3 or above prompts the case manager to consider a parenting assessment). Kept
 * beside the assessment's lenses; rated while the assessment is a draft, read when it is submitted.
 */
@Service
@Transactional
public class FamilyRelationships {

    public static final int HIGHEST = 4;

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final ChildRecords children;
    private final AuditTrail audit;

    FamilyRelationships(JdbcClient jdbc, Assessments assessments, ChildRecords children, AuditTrail audit) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.children = children;
        this.audit = audit;
    }

    /** The rating of an assessment, if it was rated. */
    @Transactional(readOnly = true)
    public Optional<Integer> ratingOf(UUID assessmentId) {
        return jdbc.sql("select family_relationships_rating from assessment where id = :id")
                .param("id", assessmentId)
                .query((rs, n) -> (Integer) rs.getObject("family_relationships_rating", Integer.class))
                .optional()
                .flatMap(Optional::ofNullable);
    }

    /** Rates a draft assessment's family and personal relationships (0–4); the assessment's version moves on. */
    public Assessment rate(UUID assessmentId, long version, Integer rating) {
        Assessment before = assessments.get(assessmentId);
        ChildSummary child = children.responsible(before.childId());
        if (rating == null || rating < 0 || rating > HIGHEST) {
            throw new InvalidRequestException(
                    Map.of("familyRelationshipsRating", "Select a rating from 0 to " + HIGHEST));
        }
        if (before.status() != AssessmentStatus.DRAFT) {
            throw new InvalidRequestException(
                    Map.of("familyRelationshipsRating", "Only a draft assessment can be changed"));
        }
        Optional<Integer> was = ratingOf(assessmentId);
        VersionedUpdate.of(jdbc, """
                        update assessment set family_relationships_rating = :rating, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("rating", rating)
                .param("id", assessmentId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(Assessments.RECORD_TYPE, assessmentId, version));
        Assessment after = assessments.get(assessmentId);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                Assessments.RECORD_TYPE,
                assessmentId,
                after.version(),
                "Rated family and personal relationships " + rating + " of " + HIGHEST,
                List.of(new FieldChange(
                        "Family and personal relationships",
                        was.map(String::valueOf).orElse(null),
                        String.valueOf(rating))));
        return after;
    }
}
