package org.desist.review.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A review as typed; kept in the session between the question page and check your answers. */
public class ReviewForm implements Serializable {

    static final List<String> FIELD_ORDER = List.of(
            "reviewedOn",
            "answers",
            "whatChanged",
            "childViews",
            "parentsViews",
            "agencies",
            "agencyInformation",
            "planChanged",
            "planChange",
            "planUnchangedReason",
            "assessmentNeedsUpdating",
            "socialWorkerInvited",
            "socialWorkerInvitedOn",
            "socialWorkerInvitedHow",
            "socialWorkerNotInvitedReason");
    static final Set<String> DATE_FIELDS = Set.of("reviewedOn", "socialWorkerInvitedOn");

    private long version;
    private transient DateParts reviewedOn = new DateParts();
    private String reviewedOnDay;
    private String reviewedOnMonth;
    private String reviewedOnYear;
    private List<String> answers = new ArrayList<>();
    private String whatChanged;
    private String childViews;
    private String parentsViews;
    private String agencies;
    private String agencyInformation;
    private String planChanged;
    private String planChange;
    private String planUnchangedReason;
    private String assessmentNeedsUpdating;
    private String socialWorkerInvited;
    private transient DateParts socialWorkerInvitedOn;
    private String socialWorkerInvitedOnDay;
    private String socialWorkerInvitedOnMonth;
    private String socialWorkerInvitedOnYear;
    private String socialWorkerInvitedHow;
    private String socialWorkerNotInvitedReason;

    public String getSocialWorkerInvited() {
        return socialWorkerInvited;
    }

    public void setSocialWorkerInvited(String socialWorkerInvited) {
        this.socialWorkerInvited = socialWorkerInvited;
    }

    public DateParts getSocialWorkerInvitedOn() {
        if (socialWorkerInvitedOn == null) {
            socialWorkerInvitedOn =
                    DateParts.of(socialWorkerInvitedOnDay, socialWorkerInvitedOnMonth, socialWorkerInvitedOnYear);
        }
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

    public DateParts getReviewedOn() {
        if (reviewedOn == null) {
            reviewedOn = DateParts.of(reviewedOnDay, reviewedOnMonth, reviewedOnYear);
        }
        return reviewedOn;
    }

    public void setReviewedOn(DateParts reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    /** Before the form goes into the session: DateParts is not serializable, its three boxes are. */
    void keepDate() {
        DateParts parts = getReviewedOn();
        reviewedOnDay = parts.getDay();
        reviewedOnMonth = parts.getMonth();
        reviewedOnYear = parts.getYear();
        DateParts invited = getSocialWorkerInvitedOn();
        socialWorkerInvitedOnDay = invited.getDay();
        socialWorkerInvitedOnMonth = invited.getMonth();
        socialWorkerInvitedOnYear = invited.getYear();
    }

    public List<String> getAnswers() {
        return answers;
    }

    public void setAnswers(List<String> answers) {
        this.answers = answers;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public void setWhatChanged(String whatChanged) {
        this.whatChanged = whatChanged;
    }

    public String getChildViews() {
        return childViews;
    }

    public void setChildViews(String childViews) {
        this.childViews = childViews;
    }

    public String getParentsViews() {
        return parentsViews;
    }

    public void setParentsViews(String parentsViews) {
        this.parentsViews = parentsViews;
    }

    public String getAgencies() {
        return agencies;
    }

    public void setAgencies(String agencies) {
        this.agencies = agencies;
    }

    public String getAgencyInformation() {
        return agencyInformation;
    }

    public void setAgencyInformation(String agencyInformation) {
        this.agencyInformation = agencyInformation;
    }

    public String getPlanChanged() {
        return planChanged;
    }

    public void setPlanChanged(String planChanged) {
        this.planChanged = planChanged;
    }

    public String getPlanChange() {
        return planChange;
    }

    public void setPlanChange(String planChange) {
        this.planChange = planChange;
    }

    public String getPlanUnchangedReason() {
        return planUnchangedReason;
    }

    public void setPlanUnchangedReason(String planUnchangedReason) {
        this.planUnchangedReason = planUnchangedReason;
    }

    public String getAssessmentNeedsUpdating() {
        return assessmentNeedsUpdating;
    }

    public void setAssessmentNeedsUpdating(String assessmentNeedsUpdating) {
        this.assessmentNeedsUpdating = assessmentNeedsUpdating;
    }
}
