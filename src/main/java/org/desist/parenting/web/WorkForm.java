package org.desist.parenting.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A parenting order, contract or voluntary work, as typed. */
public class WorkForm {

    static final List<String> FIELD_ORDER =
            List.of("kind", "startsOn", "endsOn", "terms", "parentingWorker", "agencyRoles");
    static final Set<String> DATE_FIELDS = Set.of("startsOn", "endsOn");

    private String kind;
    private DateParts startsOn = new DateParts();
    private DateParts endsOn = new DateParts();
    private String terms;
    private String parentingWorker;
    private String agencyRoles;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public DateParts getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(DateParts startsOn) {
        this.startsOn = startsOn;
    }

    public DateParts getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(DateParts endsOn) {
        this.endsOn = endsOn;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public String getParentingWorker() {
        return parentingWorker;
    }

    public void setParentingWorker(String parentingWorker) {
        this.parentingWorker = parentingWorker;
    }

    public String getAgencyRoles() {
        return agencyRoles;
    }

    public void setAgencyRoles(String agencyRoles) {
        this.agencyRoles = agencyRoles;
    }
}
