package org.desist.quality.web;

import java.util.List;
import java.util.UUID;
import org.desist.platform.web.DateParts;

/** The forms of the improvement plan pages, as typed (kept apart from the plan and its actions). */
final class ImprovementPlanForms {

    private ImprovementPlanForms() {}

    /** An id chosen in a form, or null when none (or something that is not an id) was chosen. */
    static UUID id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The date typed into a GOV.UK date input: null when left blank (the rules then say it is needed, beside the
     * form's other problems), the problem on {@code field} when it cannot be read.
     */
    static java.time.LocalDate date(
            DateParts parts, String field, String what, org.springframework.validation.BindingResult binding) {
        if (parts == null || parts.isBlank()) {
            return null;
        }
        return org.desist.platform.web.FormErrors.date(parts, field, what, binding);
    }

    /** A new plan: its title and date, and the published inspection (or audit round) it comes from. */
    public static class PlanForm {

        static final List<String> FIELD_ORDER = List.of("serviceId", "inspectionId", "title", "planDate");

        private String serviceId;
        private String inspectionId;
        private String roundId;
        private String title;
        private DateParts planDate = new DateParts();

        public String getServiceId() {
            return serviceId;
        }

        public void setServiceId(String serviceId) {
            this.serviceId = serviceId;
        }

        public String getInspectionId() {
            return inspectionId;
        }

        public void setInspectionId(String inspectionId) {
            this.inspectionId = inspectionId;
        }

        public String getRoundId() {
            return roundId;
        }

        public void setRoundId(String roundId) {
            this.roundId = roundId;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public DateParts getPlanDate() {
            return planDate;
        }

        public void setPlanDate(DateParts planDate) {
            this.planDate = planDate;
        }
    }

    /** A recommendation: its text and whom it is addressed to. */
    public static class RecommendationForm {

        static final List<String> FIELD_ORDER = List.of("text", "addressedTo", "partner", "partnerName");

        private long version;
        private String text;
        private String addressedTo;
        private String partner;
        private String partnerName;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getAddressedTo() {
            return addressedTo;
        }

        public void setAddressedTo(String addressedTo) {
            this.addressedTo = addressedTo;
        }

        public String getPartner() {
            return partner;
        }

        public void setPartner(String partner) {
            this.partner = partner;
        }

        public String getPartnerName() {
            return partnerName;
        }

        public void setPartnerName(String partnerName) {
            this.partnerName = partnerName;
        }
    }

    /** An action: the recommendation it is for, what will be done, its owner and due date. */
    public static class ActionForm {

        static final List<String> FIELD_ORDER = List.of("recommendationId", "description", "ownerId", "dueDate");

        private String recommendationId;
        private String description;
        private String ownerId;
        private DateParts dueDate = new DateParts();

        public String getRecommendationId() {
            return recommendationId;
        }

        public void setRecommendationId(String recommendationId) {
            this.recommendationId = recommendationId;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(String ownerId) {
            this.ownerId = ownerId;
        }

        public DateParts getDueDate() {
            return dueDate;
        }

        public void setDueDate(DateParts dueDate) {
            this.dueDate = dueDate;
        }
    }

    /** Progress on an action: what has been done, when, and the status it leaves the action in. */
    /** Re-planning an open action: what will be done, its owner, its due date, and why. */
    public static class ReplanForm {

        static final List<String> FIELD_ORDER = List.of("description", "ownerId", "dueDate", "reason");

        private long version;
        private String description;
        private String ownerId;
        private DateParts dueDate = new DateParts();
        private String reason;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(String ownerId) {
            this.ownerId = ownerId;
        }

        public DateParts getDueDate() {
            return dueDate;
        }

        public void setDueDate(DateParts dueDate) {
            this.dueDate = dueDate;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public static class ProgressForm {

        static final List<String> FIELD_ORDER = List.of("status", "text", "reason", "on");

        private long version;
        private String status;
        private String text;
        private String reason;
        private DateParts on = new DateParts();

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public DateParts getOn() {
            return on;
        }

        public void setOn(DateParts on) {
            this.on = on;
        }
    }

    /** The Board's review of the plan: the meeting's date and its notes. */
    public static class BoardReviewForm {

        static final List<String> FIELD_ORDER = List.of("reviewedOn", "notes");

        private long version;
        private DateParts reviewedOn = new DateParts();
        private String notes;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public DateParts getReviewedOn() {
            return reviewedOn;
        }

        public void setReviewedOn(DateParts reviewedOn) {
            this.reviewedOn = reviewedOn;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }
    }
}
