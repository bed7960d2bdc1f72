package org.desist.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * An improvement plan: the recommendations of a published inspection, of an audit round (a mock inspection or themed
 * audit) or of neither, each addressed to the service, its Management Board or a partner, and the Board's reviews of
 * the plan (HMIP standards 2018: inspection reports end with recommendations, each becoming an improvement plan whose
 * progress the Board reviews). Its actions are {@link ImprovementAction}s, saved on their own so that owners can
 * record progress side by side. A plan holds no child's data.
 */
public record ImprovementPlan(
        UUID id,
        UUID serviceId,
        String title,
        LocalDate planDate,
        UUID inspectionId,
        UUID roundId,
        List<Recommendation> recommendations,
        List<BoardReview> boardReviews,
        long version) {

    /** The longest title, and the longest recommendation or note, a plan takes. */
    public static final int TITLE_LENGTH = 200;

    public static final int TEXT_LENGTH = 4000;

    public ImprovementPlan {
        recommendations = List.copyOf(recommendations);
        boardReviews = List.copyOf(boardReviews);
    }

    /** Whom a recommendation is addressed to, as inspection reports address them. */
    public enum AddressedTo {
        SERVICE("The service"),
        BOARD("The Management Board"),
        PARTNER("A partner");

        private final String label;

        AddressedTo(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The statutory and other partners a recommendation may be addressed to. */
    public enum Partner {
        POLICE("Police"),
        HEALTH("Health"),
        CHILDRENS_SOCIAL_CARE("Children's social care"),
        EDUCATION("Education"),
        PROBATION("Probation Service"),
        OTHER("Another partner");

        private final String label;

        Partner(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One recommendation, numbered in the plan from 1. */
    public record Recommendation(
            UUID id, int position, String text, AddressedTo addressedTo, Partner partner, String partnerName) {

        /** Whom it is addressed to, as a person reads it: "The Management Board", "Police", "Northbridge College". */
        public String addressee() {
            if (addressedTo != AddressedTo.PARTNER) {
                return addressedTo.label();
            }
            return partner == Partner.OTHER ? partnerName : partner.label();
        }
    }

    /** The plan reviewed at a Management Board meeting. */
    public record BoardReview(UUID id, LocalDate reviewedOn, String notes, UUID recordedBy) {}

    /** Where the plan came from. */
    public String source() {
        if (inspectionId != null) {
            return "Published inspection";
        }
        return roundId != null ? "Audit round" : "Not from an inspection";
    }

    public Optional<Recommendation> recommendation(UUID recommendationId) {
        return recommendations.stream()
                .filter(r -> r.id().equals(recommendationId))
                .findFirst();
    }

    /** The latest Board review, if the Board has reviewed the plan. */
    public Optional<BoardReview> lastBoardReview() {
        return boardReviews.stream().max(java.util.Comparator.comparing(BoardReview::reviewedOn));
    }

    // The rules of a plan, each refusing with its problems on their fields.

    /**
     * A plan started on {@code planDate}: from {@code inspection} (of the same service, published on or before the
     * plan's date), from an audit round, or from neither; never dated in the future.
     */
    public static Change<ImprovementPlan> start(
            UUID id,
            UUID serviceId,
            String title,
            LocalDate planDate,
            PublishedInspection inspection,
            UUID roundId,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "title", title, TITLE_LENGTH, "Enter the plan's title");
        if (inspection != null && roundId != null) {
            problems.put("inspectionId", "A plan comes from one inspection or one audit round, not both");
        }
        if (inspection != null && !inspection.serviceId().equals(serviceId)) {
            problems.put("inspectionId", "Select an inspection of this service");
        }
        if (planDate == null) {
            problems.put("planDate", "Enter the date of the plan");
        } else if (planDate.isAfter(today)) {
            problems.put("planDate", "The date of the plan must be today or in the past");
        } else if (inspection != null && planDate.isBefore(inspection.publishedOn())) {
            problems.put("planDate", "The plan cannot be dated before the inspection report was published");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new ImprovementPlan(
                id,
                serviceId,
                title.strip(),
                planDate,
                inspection == null ? null : inspection.id(),
                roundId,
                List.of(),
                List.of(),
                0));
    }

    /** A recommendation added as the next one: its text and whom it is addressed to (a partner named). */
    public Change<ImprovementPlan> addRecommendation(
            UUID recommendationId, String text, AddressedTo to, Partner partner, String partnerName) {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "text", text, TEXT_LENGTH, "Enter the recommendation");
        if (to == null) {
            problems.put("addressedTo", "Select whom the recommendation is addressed to");
        } else if (to == AddressedTo.PARTNER && partner == null) {
            problems.put("partner", "Select the partner the recommendation is addressed to");
        } else if (to == AddressedTo.PARTNER && partner == Partner.OTHER) {
            text(problems, "partnerName", partnerName, TITLE_LENGTH, "Enter the partner's name");
        }
        InvalidRequestException.refuseIf(problems);
        boolean toPartner = to == AddressedTo.PARTNER;
        List<Recommendation> more = new ArrayList<>(recommendations);
        more.add(new Recommendation(
                recommendationId,
                recommendations.size() + 1,
                text.strip(),
                to,
                toPartner ? partner : null,
                toPartner && partner == Partner.OTHER ? partnerName.strip() : null));
        return Change.of(this, with(more, boardReviews));
    }

    /** The Board reviewed the plan at its meeting on {@code on}: not before the plan's date, not in the future. */
    public Change<ImprovementPlan> recordBoardReview(
            UUID reviewId, LocalDate on, String notes, UUID recordedBy, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (on == null) {
            problems.put("reviewedOn", "Enter the date of the Board meeting");
        } else if (on.isAfter(today)) {
            problems.put("reviewedOn", "The Board meeting must be today or in the past");
        } else if (on.isBefore(planDate)) {
            problems.put("reviewedOn", "The Board cannot have reviewed the plan before the plan's date");
        }
        text(problems, "notes", notes, TEXT_LENGTH, "Enter what the Board noted or decided");
        InvalidRequestException.refuseIf(problems);
        List<BoardReview> more = new ArrayList<>(boardReviews);
        more.add(new BoardReview(reviewId, on, notes.strip(), recordedBy));
        more.sort(java.util.Comparator.comparing(BoardReview::reviewedOn));
        return Change.of(this, with(recommendations, more));
    }

    private ImprovementPlan with(List<Recommendation> recs, List<BoardReview> reviews) {
        return new ImprovementPlan(id, serviceId, title, planDate, inspectionId, roundId, recs, reviews, version);
    }

    static void text(Map<String, String> problems, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            problems.put(field, missing);
        } else if (value.strip().length() > max) {
            problems.put(field, "Use " + max + " characters or fewer");
        }
    }
}
