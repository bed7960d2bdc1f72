package org.desist.assessment;

import java.util.Optional;
import java.util.UUID;
import org.desist.assessment.internal.AssessmentRepository;
import org.desist.intervention.Interventions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family and personal relationships part of the YOS assessment, rated 0 (no concern) to 4 (very high concern)
 * (YJB case management guidance, parenting: 3 or above prompts the case manager to consider a parenting
 * assessment). Kept on the {@link Assessment}; rated while it is a draft, read when it is submitted.
 */
@Service
@Transactional
public class FamilyRelationships {

    public static final int HIGHEST = 4;

    private final AssessmentRepository repository;
    private final Assessments assessments;
    private final Interventions interventions;

    FamilyRelationships(AssessmentRepository repository, Assessments assessments, Interventions interventions) {
        this.repository = repository;
        this.assessments = assessments;
        this.interventions = interventions;
    }

    /** The rating of an assessment the user may see, if it was rated. */
    @Transactional(readOnly = true)
    public Optional<Integer> ratingOf(UUID assessmentId) {
        return repository
                .find(assessmentId)
                .map(a -> {
                    interventions.get(a.interventionId());
                    return a;
                })
                .map(Assessment::familyRelationshipsRating);
    }

    /** Rates a draft assessment's family and personal relationships (0–4); the assessment's version moves on. */
    public Assessment rate(UUID assessmentId, long version, Integer rating) {
        return assessments.changed(
                assessmentId,
                version,
                a -> a.rateFamilyRelationships(rating),
                saved -> "Rated family and personal relationships " + rating + " of " + HIGHEST);
    }
}
