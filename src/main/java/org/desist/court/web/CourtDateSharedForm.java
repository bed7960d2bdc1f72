package org.desist.court.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** When and how the social worker was told of a court date, as typed. */
public class CourtDateSharedForm {

    static final List<String> FIELD_ORDER = List.of("toldOn", "toldHow", "toldWho");
    static final Set<String> DATE_FIELDS = Set.of("toldOn");

    private DateParts toldOn = new DateParts();
    private String toldHow;
    private String toldWho;

    public DateParts getToldOn() {
        return toldOn;
    }

    public void setToldOn(DateParts toldOn) {
        this.toldOn = toldOn;
    }

    public String getToldHow() {
        return toldHow;
    }

    public void setToldHow(String toldHow) {
        this.toldHow = toldHow;
    }

    public String getToldWho() {
        return toldWho;
    }

    public void setToldWho(String toldWho) {
        this.toldWho = toldWho;
    }
}
