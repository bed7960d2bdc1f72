package org.desist.plan.web;

import java.util.Arrays;
import java.util.List;
import org.desist.plan.PlanContent;
import org.desist.platform.web.DateParts;

/** The forms of the plan's pages (form objects, kept apart from the plan itself). */
final class PlanForms {

    private PlanForms() {}

    /** The question pages of a draft's content: each page posts only its own fields. */
    public static class ContentForm {

        static final List<String> FIELD_ORDER = List.of(
                "desistanceAim",
                "childSafetyAim",
                "othersSafetyAim",
                "victimsNeeds",
                "victimProtection",
                "contingencies",
                "childViews",
                "parentsViews");

        private long version;
        private String desistanceAim;
        private String childSafetyAim;
        private String othersSafetyAim;
        private String victimsNeeds;
        private String victimProtection;
        private String contingencies;
        private String childViews;
        private String parentsViews;

        static ContentForm of(PlanContent c, long version) {
            ContentForm f = new ContentForm();
            f.version = version;
            f.desistanceAim = c.desistanceAim();
            f.childSafetyAim = c.childSafetyAim();
            f.othersSafetyAim = c.othersSafetyAim();
            f.victimsNeeds = c.victimsNeeds();
            f.victimProtection = c.victimProtection();
            f.contingencies = String.join("\n", c.contingencies());
            f.childViews = c.childViews();
            f.parentsViews = c.parentsViews();
            return f;
        }

        /** The content with this page's answers; one contingency arrangement per line. */
        PlanContent applyTo(PlanContent c, PlanPart part) {
            return switch (part) {
                case STRANDS -> c.withAims(desistanceAim, childSafetyAim, othersSafetyAim);
                case VICTIMS -> c.withVictims(victimsNeeds, victimProtection);
                case CONTINGENCY ->
                    c.withContingencies(contingencies == null ? List.of() : Arrays.asList(contingencies.split("\\R")));
                case VIEWS -> c.withViews(childViews, parentsViews);
            };
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getDesistanceAim() {
            return desistanceAim;
        }

        public void setDesistanceAim(String value) {
            this.desistanceAim = value;
        }

        public String getChildSafetyAim() {
            return childSafetyAim;
        }

        public void setChildSafetyAim(String value) {
            this.childSafetyAim = value;
        }

        public String getOthersSafetyAim() {
            return othersSafetyAim;
        }

        public void setOthersSafetyAim(String value) {
            this.othersSafetyAim = value;
        }

        public String getVictimsNeeds() {
            return victimsNeeds;
        }

        public void setVictimsNeeds(String value) {
            this.victimsNeeds = value;
        }

        public String getVictimProtection() {
            return victimProtection;
        }

        public void setVictimProtection(String value) {
            this.victimProtection = value;
        }

        public String getContingencies() {
            return contingencies;
        }

        public void setContingencies(String value) {
            this.contingencies = value;
        }

        public String getChildViews() {
            return childViews;
        }

        public void setChildViews(String value) {
            this.childViews = value;
        }

        public String getParentsViews() {
            return parentsViews;
        }

        public void setParentsViews(String value) {
            this.parentsViews = value;
        }
    }

    /** Add an action: strand, what, owner (a person of the service or an agency), due date. */
    public static class ActionForm {

        static final List<String> FIELD_ORDER =
                List.of("strand", "description", "ownerStaffId", "ownerAgency", "dueDate");

        private long version;
        private String strand;
        private String description;
        private String ownerStaffId;
        private String ownerAgency;
        private DateParts dueDate = new DateParts();

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getStrand() {
            return strand;
        }

        public void setStrand(String strand) {
            this.strand = strand;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwnerStaffId() {
            return ownerStaffId;
        }

        public void setOwnerStaffId(String ownerStaffId) {
            this.ownerStaffId = ownerStaffId;
        }

        public String getOwnerAgency() {
            return ownerAgency;
        }

        public void setOwnerAgency(String ownerAgency) {
            this.ownerAgency = ownerAgency;
        }

        public DateParts getDueDate() {
            return dueDate;
        }

        public void setDueDate(DateParts dueDate) {
            this.dueDate = dueDate;
        }
    }

    /** Move an action on. */
    public static class StatusForm {

        static final List<String> FIELD_ORDER = List.of("status", "reason");

        private long version;
        private String status;
        private String reason;

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

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** Reference another agency's plan. */
    public static class OtherPlanForm {

        static final List<String> FIELD_ORDER = List.of("kind", "reference", "agency", "dated");

        private long version;
        private String kind;
        private String reference;
        private String agency;
        private DateParts dated = new DateParts();

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public DateParts getDated() {
            return dated;
        }

        public void setDated(DateParts dated) {
            this.dated = dated;
        }
    }

    /** Agree the plan: when, who, and whether the child and the parents or carers were involved. */
    public static class AgreementForm {

        static final List<String> FIELD_ORDER = List.of(
                "agreedOn",
                "agreedBy",
                "childInvolved",
                "parentsInvolved",
                "socialWorkerInvited",
                "socialWorkerInvitedOn",
                "socialWorkerInvitedHow",
                "socialWorkerNotInvitedReason");

        private long version;
        private DateParts agreedOn = new DateParts();
        private String agreedBy;
        private String childInvolved;
        private String parentsInvolved;
        private String socialWorkerInvited;
        private DateParts socialWorkerInvitedOn = new DateParts();
        private String socialWorkerInvitedHow;
        private String socialWorkerNotInvitedReason;

        public String getSocialWorkerInvited() {
            return socialWorkerInvited;
        }

        public void setSocialWorkerInvited(String socialWorkerInvited) {
            this.socialWorkerInvited = socialWorkerInvited;
        }

        public DateParts getSocialWorkerInvitedOn() {
            return socialWorkerInvitedOn;
        }

        public void setSocialWorkerInvitedOn(DateParts socialWorkerInvitedOn) {
            this.socialWorkerInvitedOn = socialWorkerInvitedOn;
        }

        public String getSocialWorkerInvitedHow() {
            return socialWorkerInvitedHow;
        }

        public void setSocialWorkerInvitedHow(String socialWorkerInvitedHow) {
            this.socialWorkerInvitedHow = socialWorkerInvitedHow;
        }

        public String getSocialWorkerNotInvitedReason() {
            return socialWorkerNotInvitedReason;
        }

        public void setSocialWorkerNotInvitedReason(String socialWorkerNotInvitedReason) {
            this.socialWorkerNotInvitedReason = socialWorkerNotInvitedReason;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public DateParts getAgreedOn() {
            return agreedOn;
        }

        public void setAgreedOn(DateParts agreedOn) {
            this.agreedOn = agreedOn;
        }

        public String getAgreedBy() {
            return agreedBy;
        }

        public void setAgreedBy(String agreedBy) {
            this.agreedBy = agreedBy;
        }

        public String getChildInvolved() {
            return childInvolved;
        }

        public void setChildInvolved(String childInvolved) {
            this.childInvolved = childInvolved;
        }

        public String getParentsInvolved() {
            return parentsInvolved;
        }

        public void setParentsInvolved(String parentsInvolved) {
            this.parentsInvolved = parentsInvolved;
        }
    }
}
