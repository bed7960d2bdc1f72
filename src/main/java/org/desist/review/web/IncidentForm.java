package org.desist.review.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A release from custody or a serious incident, as typed. */
public class IncidentForm {

    static final List<String> FIELD_ORDER = List.of("kind", "on", "whatHappened");
    static final Set<String> DATE_FIELDS = Set.of("on");

    private String kind;
    private DateParts on = new DateParts();
    private String whatHappened;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public DateParts getOn() {
        return on;
    }

    public void setOn(DateParts on) {
        this.on = on;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }
}
