package org.desist.jointworking.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** An event of the looked-after history, as typed. */
public class EventForm {

    static final List<String> FIELD_ORDER = List.of("kind", "occurredOn", "note");
    static final Set<String> DATE_FIELDS = Set.of("occurredOn");

    private String kind;
    private DateParts occurredOn = new DateParts();
    private String note;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public DateParts getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(DateParts occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
