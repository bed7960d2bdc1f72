package org.desist.order.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** Social care at a looked-after child's panel, as typed. */
public class PanelSocialCareForm {

    static final List<String> FIELD_ORDER =
            List.of("invitedOn", "invitedWho", "time", "timeNote", "attended", "attendedName");
    static final Set<String> DATE_FIELDS = Set.of("invitedOn");

    private long version;
    private DateParts invitedOn = new DateParts();
    private String invitedWho;
    private String time;
    private String timeNote;
    private String attended;
    private String attendedName;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getInvitedOn() {
        return invitedOn;
    }

    public void setInvitedOn(DateParts invitedOn) {
        this.invitedOn = invitedOn;
    }

    public String getInvitedWho() {
        return invitedWho;
    }

    public void setInvitedWho(String invitedWho) {
        this.invitedWho = invitedWho;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getTimeNote() {
        return timeNote;
    }

    public void setTimeNote(String timeNote) {
        this.timeNote = timeNote;
    }

    public String getAttended() {
        return attended;
    }

    public void setAttended(String attended) {
        this.attended = attended;
    }

    public String getAttendedName() {
        return attendedName;
    }

    public void setAttendedName(String attendedName) {
        this.attendedName = attendedName;
    }
}
