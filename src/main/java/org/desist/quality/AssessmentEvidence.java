package org.desist.quality;

import static org.desist.quality.EvidenceText.date;
import static org.desist.quality.EvidenceText.gap;
import static org.desist.quality.EvidenceText.notApplicable;
import static org.desist.quality.EvidenceText.shown;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.quality.CaseFacts.AssessmentFacts;
import org.desist.quality.CaseFacts.Due;

/** What the record shows of the case's assessment (HMIP standards 2018, 2.1 and 3.1: assessment). */
public final class AssessmentEvidence {

    public static final String ON_TIME = "assessment.on-time";
    public static final String COUNTERSIGNED = "assessment.countersigned";
    public static final String SOURCES_USED = "assessment.sources-used";
    public static final String VIEWS_RECORDED = "assessment.views-recorded";

    /** The due item rules of an assessment: at the start of court work, and of an out-of-court referral. */
    static final Set<String> DUE_RULES = Set.of("assessment-due", "oocd-assessment");

    private static final String LINK = "See the assessment";

    private AssessmentEvidence() {}

    static String href(UUID interventionId) {
        return "/interventions/" + interventionId + "/assessment";
    }

    /** YJB case management guidance: the assessment is completed within 15 working days (a setting) of the start. */
    public static Evidence onTime(UUID interventionId, List<Due> due, LocalDate today) {
        return TimelinessEvidence.of(ON_TIME, "Assessment", "submitted", due, today, href(interventionId), LINK);
    }

    /** YJB case management guidance: a manager countersigns an assessment with a high or very high classification. */
    public static Evidence countersigned(UUID interventionId, AssessmentFacts a) {
        if (!a.submitted()) {
            return notApplicable(COUNTERSIGNED, "No assessment has been submitted yet");
        }
        if (!a.countersignatureRequired()) {
            return notApplicable(
                    COUNTERSIGNED, "The assessment's classifications do not call for a manager's countersignature");
        }
        if (a.countersignedOn() == null) {
            return gap(
                    COUNTERSIGNED,
                    "Assessment submitted on " + date(a.submittedOn())
                            + " with a high or very high classification is not countersigned by a manager",
                    href(interventionId),
                    LINK);
        }
        return shown(
                COUNTERSIGNED,
                "Countersigned by a manager on " + date(a.countersignedOn()),
                href(interventionId),
                LINK);
    }

    /** HMIP standards 2018, 2.1.2b and 2.1.3b: assessment draws on the available sources, other agencies' included. */
    public static Evidence sourcesUsed(UUID interventionId, AssessmentFacts a) {
        if (a.stage() == CaseFacts.AssessmentStage.NONE) {
            return notApplicable(SOURCES_USED, "No assessment has been started yet");
        }
        if (a.sources().isEmpty()) {
            return gap(
                    SOURCES_USED,
                    "The assessment records no sources of information it drew on",
                    href(interventionId),
                    LINK);
        }
        return shown(
                SOURCES_USED, "The assessment drew on: " + String.join(", ", a.sources()), href(interventionId), LINK);
    }

    /** HMIP standards 2018, 2.1.1f: the child and their parents or carers are involved, their views taken into account. */
    public static Evidence viewsRecorded(UUID interventionId, AssessmentFacts a) {
        if (a.stage() == CaseFacts.AssessmentStage.NONE) {
            return notApplicable(VIEWS_RECORDED, "No assessment has been started yet");
        }
        if (a.childViews() && a.parentsViews()) {
            return shown(
                    VIEWS_RECORDED,
                    "The child's and the parents' or carers' views are recorded in the assessment",
                    href(interventionId),
                    LINK);
        }
        String missing = !a.childViews() && !a.parentsViews()
                ? "Neither the child's nor the parents' or carers' views are"
                : !a.childViews() ? "The child's views are not" : "The parents' or carers' views are not";
        return gap(VIEWS_RECORDED, missing + " recorded in the assessment", href(interventionId), LINK);
    }
}
