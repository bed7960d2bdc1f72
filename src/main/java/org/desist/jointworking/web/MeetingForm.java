package org.desist.jointworking.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A joint home visit or the joint meeting before closure, as typed. */
public class MeetingForm {

    static final List<String> FIELD_ORDER = List.of("on", "yosAttendees", "socialCareAttendees", "note");
    static final Set<String> DATE_FIELDS = Set.of("on");

    private DateParts on = new DateParts();
    private String yosAttendees;
    private String socialCareAttendees;
    private String note;

    public DateParts getOn() {
        return on;
    }

    public void setOn(DateParts on) {
        this.on = on;
    }

    public String getYosAttendees() {
        return yosAttendees;
    }

    public void setYosAttendees(String yosAttendees) {
        this.yosAttendees = yosAttendees;
    }

    public String getSocialCareAttendees() {
        return socialCareAttendees;
    }

    public void setSocialCareAttendees(String socialCareAttendees) {
        this.socialCareAttendees = socialCareAttendees;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
