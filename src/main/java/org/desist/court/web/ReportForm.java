package org.desist.court.web;

import java.util.List;
import org.desist.platform.web.DateParts;

/** The court asking for a report, as typed. */
public class ReportForm {

    static final List<String> FIELD_ORDER = List.of("type", "dueDate", "authorId", "reusedReportId", "reuseReason");

    private String type;
    private DateParts dueDate = new DateParts();
    private String authorId;
    private String reusedReportId;
    private String reuseReason;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public DateParts getDueDate() {
        return dueDate;
    }

    public void setDueDate(DateParts dueDate) {
        this.dueDate = dueDate;
    }

    public String getAuthorId() {
        return authorId;
    }

    public void setAuthorId(String authorId) {
        this.authorId = authorId;
    }

    public String getReusedReportId() {
        return reusedReportId;
    }

    public void setReusedReportId(String reusedReportId) {
        this.reusedReportId = reusedReportId;
    }

    public String getReuseReason() {
        return reuseReason;
    }

    public void setReuseReason(String reuseReason) {
        this.reuseReason = reuseReason;
    }
}
