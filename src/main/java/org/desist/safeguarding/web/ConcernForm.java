package org.desist.safeguarding.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A child protection concern and how it was reported, as typed. */
public class ConcernForm {

    static final List<String> FIELD_ORDER = List.of(
            "identifiedOn",
            "identifiedBy",
            "concern",
            "managerName",
            "managerToldOn",
            "socialCareContact",
            "socialCareName",
            "socialCareToldOn",
            "socialCareHow",
            "socialCareResponse");
    static final Set<String> DATE_FIELDS = Set.of("identifiedOn", "managerToldOn", "socialCareToldOn");

    private long version;
    private DateParts identifiedOn = new DateParts();
    private String identifiedBy;
    private String concern;
    private String managerName;
    private DateParts managerToldOn = new DateParts();
    private String socialCareContact;
    private String socialCareName;
    private DateParts socialCareToldOn = new DateParts();
    private String socialCareHow;
    private String socialCareResponse;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getIdentifiedOn() {
        return identifiedOn;
    }

    public void setIdentifiedOn(DateParts identifiedOn) {
        this.identifiedOn = identifiedOn;
    }

    public String getIdentifiedBy() {
        return identifiedBy;
    }

    public void setIdentifiedBy(String identifiedBy) {
        this.identifiedBy = identifiedBy;
    }

    public String getConcern() {
        return concern;
    }

    public void setConcern(String concern) {
        this.concern = concern;
    }

    public String getManagerName() {
        return managerName;
    }

    public void setManagerName(String managerName) {
        this.managerName = managerName;
    }

    public DateParts getManagerToldOn() {
        return managerToldOn;
    }

    public void setManagerToldOn(DateParts managerToldOn) {
        this.managerToldOn = managerToldOn;
    }

    public String getSocialCareContact() {
        return socialCareContact;
    }

    public void setSocialCareContact(String socialCareContact) {
        this.socialCareContact = socialCareContact;
    }

    public String getSocialCareName() {
        return socialCareName;
    }

    public void setSocialCareName(String socialCareName) {
        this.socialCareName = socialCareName;
    }

    public DateParts getSocialCareToldOn() {
        return socialCareToldOn;
    }

    public void setSocialCareToldOn(DateParts socialCareToldOn) {
        this.socialCareToldOn = socialCareToldOn;
    }

    public String getSocialCareHow() {
        return socialCareHow;
    }

    public void setSocialCareHow(String socialCareHow) {
        this.socialCareHow = socialCareHow;
    }

    public String getSocialCareResponse() {
        return socialCareResponse;
    }

    public void setSocialCareResponse(String socialCareResponse) {
        this.socialCareResponse = socialCareResponse;
    }
}
