package org.desist.contact.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A warning for an unacceptable absence, as typed. */
public class WarningForm {

    static final List<String> FIELD_ORDER = List.of("contactId", "givenOn", "givenBy", "method");
    static final Set<String> DATE_FIELDS = Set.of("givenOn");

    private String contactId;
    private DateParts givenOn = new DateParts();
    private String givenBy;
    private String method;

    public String getContactId() {
        return contactId;
    }

    public void setContactId(String contactId) {
        this.contactId = contactId;
    }

    public DateParts getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(DateParts givenOn) {
        this.givenOn = givenOn;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(String givenBy) {
        this.givenBy = givenBy;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }
}
