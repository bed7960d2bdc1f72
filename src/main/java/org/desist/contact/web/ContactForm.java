package org.desist.contact.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A contact as typed: planned (date, time, type, place, who is expected) or recorded (who attended, outcome). */
public class ContactForm {

    static final List<String> FIELD_ORDER = List.of(
            "date",
            "time",
            "type",
            "place",
            "expected",
            "parentAttended",
            "othersAttended",
            "outcome",
            "absenceReason",
            "notes");
    static final Set<String> DATE_FIELDS = Set.of("date");

    private long version;
    private DateParts date = new DateParts();
    private String time;
    private String type;
    private String place;
    private String expected;
    private boolean parentAttended;
    private String othersAttended;
    private String outcome;
    private String absenceReason;
    private String notes;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getDate() {
        return date;
    }

    public void setDate(DateParts date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getExpected() {
        return expected;
    }

    public void setExpected(String expected) {
        this.expected = expected;
    }

    public boolean isParentAttended() {
        return parentAttended;
    }

    public void setParentAttended(boolean parentAttended) {
        this.parentAttended = parentAttended;
    }

    public String getOthersAttended() {
        return othersAttended;
    }

    public void setOthersAttended(String othersAttended) {
        this.othersAttended = othersAttended;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getAbsenceReason() {
        return absenceReason;
    }

    public void setAbsenceReason(String absenceReason) {
        this.absenceReason = absenceReason;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
