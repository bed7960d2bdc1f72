package org.desist.programme.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** An enrolment as typed: which programme, from when, who delivers it. */
public class EnrolmentForm {

    static final List<String> FIELD_ORDER = List.of("programmeId", "startDate", "deliveredBy");
    static final Set<String> DATE_FIELDS = Set.of("startDate");

    private String programmeId;
    private DateParts startDate = new DateParts();
    private String deliveredBy;

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public DateParts getStartDate() {
        return startDate;
    }

    public void setStartDate(DateParts startDate) {
        this.startDate = startDate;
    }

    public String getDeliveredBy() {
        return deliveredBy;
    }

    public void setDeliveredBy(String deliveredBy) {
        this.deliveredBy = deliveredBy;
    }
}
