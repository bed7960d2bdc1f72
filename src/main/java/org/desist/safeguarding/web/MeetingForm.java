package org.desist.safeguarding.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A multi-agency meeting, as typed. */
public class MeetingForm {

    static final List<String> FIELD_ORDER =
            List.of("type", "heldOn", "calledBy", "calledByOther", "attendance", "notRepresentedReason", "decisions");
    static final Set<String> DATE_FIELDS = Set.of("heldOn");

    private String type;
    private DateParts heldOn = new DateParts();
    private String calledBy;
    private String calledByOther;
    private String attendance;
    private String notRepresentedReason;
    private String decisions;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public DateParts getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(DateParts heldOn) {
        this.heldOn = heldOn;
    }

    public String getCalledBy() {
        return calledBy;
    }

    public void setCalledBy(String calledBy) {
        this.calledBy = calledBy;
    }

    public String getCalledByOther() {
        return calledByOther;
    }

    public void setCalledByOther(String calledByOther) {
        this.calledByOther = calledByOther;
    }

    public String getAttendance() {
        return attendance;
    }

    public void setAttendance(String attendance) {
        this.attendance = attendance;
    }

    public String getNotRepresentedReason() {
        return notRepresentedReason;
    }

    public void setNotRepresentedReason(String notRepresentedReason) {
        this.notRepresentedReason = notRepresentedReason;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }
}
