package org.desist.liaison.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** The liaison with children's social care, as typed. */
public class LiaisonForm {

    static final List<String> FIELD_ORDER = List.of("liaisedOn", "contact", "outcome");
    static final Set<String> DATE_FIELDS = Set.of("liaisedOn");

    private long version;
    private DateParts liaisedOn = new DateParts();
    private String contact;
    private String outcome;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getLiaisedOn() {
        return liaisedOn;
    }

    public void setLiaisedOn(DateParts liaisedOn) {
        this.liaisedOn = liaisedOn;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
