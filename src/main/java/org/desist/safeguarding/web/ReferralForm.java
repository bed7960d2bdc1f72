package org.desist.safeguarding.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A risk panel referral, and the panel once it sits, as typed. */
public class ReferralForm {

    static final List<String> FIELD_ORDER = List.of("referredOn", "reason", "panelDate", "decisions");
    static final Set<String> DATE_FIELDS = Set.of("referredOn", "panelDate");

    private long version;
    private DateParts referredOn = new DateParts();
    private String reason;
    private DateParts panelDate = new DateParts();
    private String decisions;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(DateParts referredOn) {
        this.referredOn = referredOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DateParts getPanelDate() {
        return panelDate;
    }

    public void setPanelDate(DateParts panelDate) {
        this.panelDate = panelDate;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }
}
