package org.desist.jointworking.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A decision to stop social care's support in custody, as typed. */
public class StopSupportForm {

    static final List<String> FIELD_ORDER = List.of(
            "recommendedOn",
            "reason",
            "seniorManager",
            "agreedOn",
            "caseManagerToldOn",
            "establishmentToldOn",
            "childToldOn",
            "parentsToldOn");
    static final Set<String> DATE_FIELDS = Set.of(
            "recommendedOn", "agreedOn", "caseManagerToldOn", "establishmentToldOn", "childToldOn", "parentsToldOn");

    private DateParts recommendedOn = new DateParts();
    private String reason;
    private String seniorManager;
    private DateParts agreedOn = new DateParts();
    private DateParts caseManagerToldOn = new DateParts();
    private DateParts establishmentToldOn = new DateParts();
    private DateParts childToldOn = new DateParts();
    private DateParts parentsToldOn = new DateParts();

    public DateParts getRecommendedOn() {
        return recommendedOn;
    }

    public void setRecommendedOn(DateParts recommendedOn) {
        this.recommendedOn = recommendedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSeniorManager() {
        return seniorManager;
    }

    public void setSeniorManager(String seniorManager) {
        this.seniorManager = seniorManager;
    }

    public DateParts getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(DateParts agreedOn) {
        this.agreedOn = agreedOn;
    }

    public DateParts getCaseManagerToldOn() {
        return caseManagerToldOn;
    }

    public void setCaseManagerToldOn(DateParts caseManagerToldOn) {
        this.caseManagerToldOn = caseManagerToldOn;
    }

    public DateParts getEstablishmentToldOn() {
        return establishmentToldOn;
    }

    public void setEstablishmentToldOn(DateParts establishmentToldOn) {
        this.establishmentToldOn = establishmentToldOn;
    }

    public DateParts getChildToldOn() {
        return childToldOn;
    }

    public void setChildToldOn(DateParts childToldOn) {
        this.childToldOn = childToldOn;
    }

    public DateParts getParentsToldOn() {
        return parentsToldOn;
    }

    public void setParentsToldOn(DateParts parentsToldOn) {
        this.parentsToldOn = parentsToldOn;
    }
}
