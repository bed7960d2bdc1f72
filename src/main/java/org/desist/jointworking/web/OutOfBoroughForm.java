package org.desist.jointworking.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A notification of offending by a child placed out of borough, as typed. */
public class OutOfBoroughForm {

    static final List<String> FIELD_ORDER = List.of("knewOn", "notifiedOn", "notifiedBy", "whatWasSaid", "psrNeeded");
    static final Set<String> DATE_FIELDS = Set.of("knewOn", "notifiedOn");

    private DateParts knewOn = new DateParts();
    private DateParts notifiedOn = new DateParts();
    private String notifiedBy;
    private String whatWasSaid;
    private boolean psrNeeded;

    public DateParts getKnewOn() {
        return knewOn;
    }

    public void setKnewOn(DateParts knewOn) {
        this.knewOn = knewOn;
    }

    public DateParts getNotifiedOn() {
        return notifiedOn;
    }

    public void setNotifiedOn(DateParts notifiedOn) {
        this.notifiedOn = notifiedOn;
    }

    public String getNotifiedBy() {
        return notifiedBy;
    }

    public void setNotifiedBy(String notifiedBy) {
        this.notifiedBy = notifiedBy;
    }

    public String getWhatWasSaid() {
        return whatWasSaid;
    }

    public void setWhatWasSaid(String whatWasSaid) {
        this.whatWasSaid = whatWasSaid;
    }

    public boolean isPsrNeeded() {
        return psrNeeded;
    }

    public void setPsrNeeded(boolean psrNeeded) {
        this.psrNeeded = psrNeeded;
    }
}
