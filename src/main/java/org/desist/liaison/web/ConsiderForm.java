package org.desist.liaison.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A requirement needing social care being considered for a report to court, as typed. */
public class ConsiderForm {

    static final List<String> FIELD_ORDER = List.of("requirement", "reportId", "consideredOn");
    static final Set<String> DATE_FIELDS = Set.of("consideredOn");

    private String requirement;
    private String reportId;
    private DateParts consideredOn = new DateParts();

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public String getReportId() {
        return reportId;
    }

    public void setReportId(String reportId) {
        this.reportId = reportId;
    }

    public DateParts getConsideredOn() {
        return consideredOn;
    }

    public void setConsideredOn(DateParts consideredOn) {
        this.consideredOn = consideredOn;
    }
}
