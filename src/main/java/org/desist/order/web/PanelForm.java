package org.desist.order.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A youth offender panel, as typed. */
public class PanelForm {

    static final List<String> FIELD_ORDER = List.of(
            "kind",
            "heldOn",
            "communityMembers",
            "yosMember",
            "parentAttended",
            "parentAbsenceReason",
            "reportSharedOn",
            "outcome",
            "notes");
    static final Set<String> DATE_FIELDS = Set.of("heldOn", "reportSharedOn");

    private long version;
    private String kind;
    private DateParts heldOn = new DateParts();
    private String communityMembers;
    private String yosMember;
    private String parentAttended;
    private String parentAbsenceReason;
    private DateParts reportSharedOn = new DateParts();
    private String outcome;
    private String notes;

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

    public DateParts getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(DateParts heldOn) {
        this.heldOn = heldOn;
    }

    public String getCommunityMembers() {
        return communityMembers;
    }

    public void setCommunityMembers(String communityMembers) {
        this.communityMembers = communityMembers;
    }

    public String getYosMember() {
        return yosMember;
    }

    public void setYosMember(String yosMember) {
        this.yosMember = yosMember;
    }

    public String getParentAttended() {
        return parentAttended;
    }

    public void setParentAttended(String parentAttended) {
        this.parentAttended = parentAttended;
    }

    public String getParentAbsenceReason() {
        return parentAbsenceReason;
    }

    public void setParentAbsenceReason(String parentAbsenceReason) {
        this.parentAbsenceReason = parentAbsenceReason;
    }

    public DateParts getReportSharedOn() {
        return reportSharedOn;
    }

    public void setReportSharedOn(DateParts reportSharedOn) {
        this.reportSharedOn = reportSharedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
