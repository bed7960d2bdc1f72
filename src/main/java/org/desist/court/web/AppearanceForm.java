package org.desist.court.web;

import java.util.ArrayList;
import java.util.List;
import org.desist.platform.web.DateParts;

/** A court appearance, as typed (recording or correcting it). */
public class AppearanceForm {

    static final List<String> FIELD_ORDER = List.of(
            "appearanceDate",
            "courtName",
            "courtKind",
            "hearingType",
            "offenceIds",
            "informationToCourt",
            "outcome",
            "outcomeDetail",
            "nextHearingDate");

    private Long version;
    private DateParts appearanceDate = new DateParts();
    private String courtName;
    private String courtKind;
    private String hearingType;
    private List<String> offenceIds = new ArrayList<>();
    private String outcome;
    private String outcomeDetail;
    private DateParts nextHearingDate = new DateParts();
    private String informationToCourt;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public DateParts getAppearanceDate() {
        return appearanceDate;
    }

    public void setAppearanceDate(DateParts appearanceDate) {
        this.appearanceDate = appearanceDate;
    }

    public String getCourtName() {
        return courtName;
    }

    public void setCourtName(String courtName) {
        this.courtName = courtName;
    }

    public String getCourtKind() {
        return courtKind;
    }

    public void setCourtKind(String courtKind) {
        this.courtKind = courtKind;
    }

    public String getHearingType() {
        return hearingType;
    }

    public void setHearingType(String hearingType) {
        this.hearingType = hearingType;
    }

    public List<String> getOffenceIds() {
        return offenceIds;
    }

    public void setOffenceIds(List<String> offenceIds) {
        this.offenceIds = offenceIds;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeDetail() {
        return outcomeDetail;
    }

    public void setOutcomeDetail(String outcomeDetail) {
        this.outcomeDetail = outcomeDetail;
    }

    public DateParts getNextHearingDate() {
        return nextHearingDate;
    }

    public void setNextHearingDate(DateParts nextHearingDate) {
        this.nextHearingDate = nextHearingDate;
    }

    public String getInformationToCourt() {
        return informationToCourt;
    }

    public void setInformationToCourt(String informationToCourt) {
        this.informationToCourt = informationToCourt;
    }
}
