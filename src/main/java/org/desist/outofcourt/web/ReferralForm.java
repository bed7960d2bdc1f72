package org.desist.outofcourt.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** Recording a police referral, as typed. */
public class ReferralForm {

    static final List<String> FIELD_ORDER =
            List.of("referralDate", "policeReference", "referringOfficer", "bailDate", "offenceIds", "caseManagerId");
    static final Set<String> DATE_FIELDS = Set.of("referralDate", "bailDate");

    private DateParts referralDate = new DateParts();
    private String policeReference;
    private String referringOfficer;
    private DateParts bailDate = new DateParts();
    private List<String> offenceIds = new ArrayList<>();
    private String caseManagerId;

    public DateParts getReferralDate() {
        return referralDate;
    }

    public void setReferralDate(DateParts referralDate) {
        this.referralDate = referralDate;
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public void setPoliceReference(String policeReference) {
        this.policeReference = policeReference;
    }

    public String getReferringOfficer() {
        return referringOfficer;
    }

    public void setReferringOfficer(String referringOfficer) {
        this.referringOfficer = referringOfficer;
    }

    public DateParts getBailDate() {
        return bailDate;
    }

    public void setBailDate(DateParts bailDate) {
        this.bailDate = bailDate;
    }

    public List<String> getOffenceIds() {
        return offenceIds;
    }

    public void setOffenceIds(List<String> offenceIds) {
        this.offenceIds = offenceIds;
    }

    public String getCaseManagerId() {
        return caseManagerId;
    }

    public void setCaseManagerId(String caseManagerId) {
        this.caseManagerId = caseManagerId;
    }
}
