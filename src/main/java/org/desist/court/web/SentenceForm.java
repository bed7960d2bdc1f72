package org.desist.court.web;

import java.util.List;
import org.desist.platform.web.DateParts;

/** A sentence, as typed. */
public class SentenceForm {

    static final List<String> FIELD_ORDER = List.of("type", "lengthMonths", "endDate", "caseManagerId");

    private String type;
    private String lengthMonths;
    private DateParts endDate = new DateParts();
    private String caseManagerId;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLengthMonths() {
        return lengthMonths;
    }

    public void setLengthMonths(String lengthMonths) {
        this.lengthMonths = lengthMonths;
    }

    public DateParts getEndDate() {
        return endDate;
    }

    public void setEndDate(DateParts endDate) {
        this.endDate = endDate;
    }

    public String getCaseManagerId() {
        return caseManagerId;
    }

    public void setCaseManagerId(String caseManagerId) {
        this.caseManagerId = caseManagerId;
    }
}
