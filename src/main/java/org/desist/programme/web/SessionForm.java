package org.desist.programme.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A programme session as typed. */
public class SessionForm {

    static final List<String> FIELD_ORDER = List.of("date", "attendance", "notes");
    static final Set<String> DATE_FIELDS = Set.of("date");

    private DateParts date = new DateParts();
    private String attendance;
    private String notes;

    public DateParts getDate() {
        return date;
    }

    public void setDate(DateParts date) {
        this.date = date;
    }

    public String getAttendance() {
        return attendance;
    }

    public void setAttendance(String attendance) {
        this.attendance = attendance;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
