package org.desist.court.web;

import java.util.List;

/** The court's remand or bail decision, as typed. */
public class RemandForm {

    static final List<String> FIELD_ORDER = List.of("decision", "establishmentType", "establishmentName");

    private Long version;
    private String decision;
    private String establishmentType;
    private String establishmentName;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getEstablishmentType() {
        return establishmentType;
    }

    public void setEstablishmentType(String establishmentType) {
        this.establishmentType = establishmentType;
    }

    public String getEstablishmentName() {
        return establishmentName;
    }

    public void setEstablishmentName(String establishmentName) {
        this.establishmentName = establishmentName;
    }
}
