package org.desist.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a review must say before it is recorded, with a message for each field (YJB case management guidance: what
 * changed, the views of the child and of parents or carers, information from other agencies and whether the
 * plan was changed as a result — inspectors measure how often reviews lead to the necessary change).
 */
public final class ReviewChecks {

    static final int LONGEST = 10_000;

    private ReviewChecks() {}

    /**
     * @param started the day the intervention started (a review cannot come before it)
     * @param today the reviewer's today (a review cannot be in the future)
     * @param open the triggers still to answer
     */
    public static Map<String, String> problems(
            NewReview review, LocalDate started, LocalDate today, Collection<UUID> open) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (review.reviewedOn() == null) {
            problems.put("reviewedOn", "Enter the date of the review");
        } else if (review.reviewedOn().isAfter(today)) {
            problems.put("reviewedOn", "The date of the review must be today or in the past");
        } else if (started != null && review.reviewedOn().isBefore(started)) {
            problems.put("reviewedOn", "The date of the review cannot be before the intervention started");
        }
        if (review.answers() != null && !open.containsAll(review.answers())) {
            problems.put("answers", "Select only triggers still waiting for a review");
        }
        required(problems, "whatChanged", review.whatChanged(), "Enter what has changed since the last review");
        required(
                problems, "childViews", review.childViews(), "Enter the child’s views, or why they could not be given");
        required(
                problems,
                "parentsViews",
                review.parentsViews(),
                "Enter the views of parents or carers, or why they could not be given");
        boolean agencies = !blank(review.agencies());
        boolean information = !blank(review.agencyInformation());
        if (agencies && !information) {
            problems.put("agencyInformation", "Enter what the other agencies said");
        } else if (information && !agencies) {
            problems.put("agencies", "Enter which agencies gave information");
        }
        tooLong(problems, "agencies", review.agencies());
        tooLong(problems, "agencyInformation", review.agencyInformation());
        if (review.planChanged() == null) {
            problems.put("planChanged", "Select yes if the plan was changed as a result of the review");
        } else if (review.planChanged()) {
            required(problems, "planChange", review.planChange(), "Enter how the plan was changed");
        } else {
            required(
                    problems,
                    "planUnchangedReason",
                    review.planUnchangedReason(),
                    "Enter why the plan did not need to change");
        }
        if (review.assessmentNeedsUpdating() == null) {
            problems.put("assessmentNeedsUpdating", "Select yes if the assessment needs updating");
        }
        return problems;
    }

    /** What a release from custody or a serious incident must say. */
    public static Map<String, String> problems(NewIncident incident, LocalDate started, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (incident.kind() == null || !incident.kind().recordedByHand()) {
            problems.put("kind", "Select what happened: release from custody or a serious incident");
        }
        if (incident.on() == null) {
            problems.put("on", "Enter the date it happened");
        } else if (incident.on().isAfter(today)) {
            problems.put("on", "The date it happened must be today or in the past");
        } else if (started != null && incident.on().isBefore(started)) {
            problems.put("on", "The date it happened cannot be before the intervention started");
        }
        required(problems, "whatHappened", incident.whatHappened(), "Enter what happened");
        return problems;
    }

    private static void required(Map<String, String> problems, String field, String value, String message) {
        if (blank(value)) {
            problems.put(field, message);
        } else {
            tooLong(problems, field, value);
        }
    }

    private static void tooLong(Map<String, String> problems, String field, String value) {
        if (value != null && value.length() > LONGEST && !problems.containsKey(field)) {
            problems.put(field, "Keep this under " + LONGEST + " characters");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
