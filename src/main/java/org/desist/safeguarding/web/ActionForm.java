package org.desist.safeguarding.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** An action agreed by a panel, a plan or a meeting, as typed. */
public class ActionForm {

    static final List<String> FIELD_ORDER = List.of("action", "ownerAgency", "dueOn");
    static final Set<String> DATE_FIELDS = Set.of("dueOn");

    private String recordType;
    private String recordId;
    private String action;
    private String ownerAgency;
    private DateParts dueOn = new DateParts();

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOwnerAgency() {
        return ownerAgency;
    }

    public void setOwnerAgency(String ownerAgency) {
        this.ownerAgency = ownerAgency;
    }

    public DateParts getDueOn() {
        return dueOn;
    }

    public void setDueOn(DateParts dueOn) {
        this.dueOn = dueOn;
    }
}
