package org.desist.order.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A referral order contract, as typed. */
public class ContractForm {

    static final List<String> FIELD_ORDER = List.of("signedOn", "reparation", "activities");
    static final Set<String> DATE_FIELDS = Set.of("signedOn");

    private long version;
    private DateParts signedOn = new DateParts();
    private String reparation;
    private String activities;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(DateParts signedOn) {
        this.signedOn = signedOn;
    }

    public String getReparation() {
        return reparation;
    }

    public void setReparation(String reparation) {
        this.reparation = reparation;
    }

    public String getActivities() {
        return activities;
    }

    public void setActivities(String activities) {
        this.activities = activities;
    }
}
