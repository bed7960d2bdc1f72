package org.desist.order.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A youth rehabilitation order requirement, as typed. */
public class RequirementForm {

    static final List<String> FIELD_ORDER = List.of(
            "type",
            "startDate",
            "endDate",
            "hours",
            "days",
            "extended",
            "curfewFrom",
            "curfewUntil",
            "details",
            "conditionsConfirmed");
    static final Set<String> DATE_FIELDS = Set.of("startDate", "endDate");

    private long version;
    private String type;
    private DateParts startDate = new DateParts();
    private DateParts endDate = new DateParts();
    private String hours;
    private String days;
    private boolean extended;
    private String curfewFrom;
    private String curfewUntil;
    private String details;
    private boolean conditionsConfirmed;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public DateParts getStartDate() {
        return startDate;
    }

    public void setStartDate(DateParts startDate) {
        this.startDate = startDate;
    }

    public DateParts getEndDate() {
        return endDate;
    }

    public void setEndDate(DateParts endDate) {
        this.endDate = endDate;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public boolean isExtended() {
        return extended;
    }

    public void setExtended(boolean extended) {
        this.extended = extended;
    }

    public String getCurfewFrom() {
        return curfewFrom;
    }

    public void setCurfewFrom(String curfewFrom) {
        this.curfewFrom = curfewFrom;
    }

    public String getCurfewUntil() {
        return curfewUntil;
    }

    public void setCurfewUntil(String curfewUntil) {
        this.curfewUntil = curfewUntil;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public boolean isConditionsConfirmed() {
        return conditionsConfirmed;
    }

    public void setConditionsConfirmed(boolean conditionsConfirmed) {
        this.conditionsConfirmed = conditionsConfirmed;
    }
}
