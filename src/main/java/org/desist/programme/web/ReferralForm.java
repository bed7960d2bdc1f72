package org.desist.programme.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A referral to a specialist or partner as typed. */
public class ReferralForm {

    static final List<String> FIELD_ORDER = List.of("agency", "organisation", "referredOn", "reason");
    static final Set<String> DATE_FIELDS = Set.of("referredOn");

    private String agency;
    private String organisation;
    private DateParts referredOn = new DateParts();
    private String reason;

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public DateParts getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(DateParts referredOn) {
        this.referredOn = referredOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
