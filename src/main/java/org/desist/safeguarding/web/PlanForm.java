package org.desist.safeguarding.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A vulnerability management plan, as typed. */
public class PlanForm {

    static final List<String> FIELD_ORDER =
            List.of("planDate", "vulnerabilities", "contingency", "reviewOn", "referredToPanel");
    static final Set<String> DATE_FIELDS = Set.of("planDate", "reviewOn");

    private DateParts planDate = new DateParts();
    private String vulnerabilities;
    private String contingency;
    private DateParts reviewOn = new DateParts();
    private String referredToPanel;

    public DateParts getPlanDate() {
        return planDate;
    }

    public void setPlanDate(DateParts planDate) {
        this.planDate = planDate;
    }

    public String getVulnerabilities() {
        return vulnerabilities;
    }

    public void setVulnerabilities(String vulnerabilities) {
        this.vulnerabilities = vulnerabilities;
    }

    public String getContingency() {
        return contingency;
    }

    public void setContingency(String contingency) {
        this.contingency = contingency;
    }

    public DateParts getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(DateParts reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getReferredToPanel() {
        return referredToPanel;
    }

    public void setReferredToPanel(String referredToPanel) {
        this.referredToPanel = referredToPanel;
    }
}
