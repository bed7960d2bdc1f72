package org.desist.escalation.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A disagreement or concern being raised, as typed. */
public class RaiseForm {

    static final List<String> FIELD_ORDER = List.of("kind", "about", "raisedBy", "raisedOn", "holder");
    static final Set<String> DATE_FIELDS = Set.of("raisedOn");

    private String kind;
    private String about;
    private String raisedBy;
    private DateParts raisedOn = new DateParts();
    private String holder;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public void setRaisedBy(String raisedBy) {
        this.raisedBy = raisedBy;
    }

    public DateParts getRaisedOn() {
        return raisedOn;
    }

    public void setRaisedOn(DateParts raisedOn) {
        this.raisedOn = raisedOn;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }
}
