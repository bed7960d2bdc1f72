package org.desist.jointworking.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A role agreement as typed. */
public class AgreementForm {

    static final List<String> FIELD_ORDER = List.of(
            "responsibilities",
            "roles",
            "contactFrequency",
            "contactMeans",
            "agreedOn",
            "yosWorker",
            "socialWorker",
            "personalAdviser",
            "leadProfessional",
            "leadProfessionalOther",
            "childToldOn");
    static final Set<String> DATE_FIELDS = Set.of("agreedOn", "childToldOn");

    private String responsibilities;
    private String roles;
    private String contactFrequency;
    private String contactMeans;
    private DateParts agreedOn = new DateParts();
    private String yosWorker;
    private String socialWorker;
    private String personalAdviser;
    private String leadProfessional;
    private String leadProfessionalOther;
    private DateParts childToldOn = new DateParts();
    private Long currentVersion;

    public String getResponsibilities() {
        return responsibilities;
    }

    public void setResponsibilities(String responsibilities) {
        this.responsibilities = responsibilities;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }

    public String getContactFrequency() {
        return contactFrequency;
    }

    public void setContactFrequency(String contactFrequency) {
        this.contactFrequency = contactFrequency;
    }

    public String getContactMeans() {
        return contactMeans;
    }

    public void setContactMeans(String contactMeans) {
        this.contactMeans = contactMeans;
    }

    public DateParts getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(DateParts agreedOn) {
        this.agreedOn = agreedOn;
    }

    public String getYosWorker() {
        return yosWorker;
    }

    public void setYosWorker(String yosWorker) {
        this.yosWorker = yosWorker;
    }

    public String getSocialWorker() {
        return socialWorker;
    }

    public void setSocialWorker(String socialWorker) {
        this.socialWorker = socialWorker;
    }

    public String getPersonalAdviser() {
        return personalAdviser;
    }

    public void setPersonalAdviser(String personalAdviser) {
        this.personalAdviser = personalAdviser;
    }

    public String getLeadProfessional() {
        return leadProfessional;
    }

    public void setLeadProfessional(String leadProfessional) {
        this.leadProfessional = leadProfessional;
    }

    public String getLeadProfessionalOther() {
        return leadProfessionalOther;
    }

    public void setLeadProfessionalOther(String leadProfessionalOther) {
        this.leadProfessionalOther = leadProfessionalOther;
    }

    public DateParts getChildToldOn() {
        return childToldOn;
    }

    public void setChildToldOn(DateParts childToldOn) {
        this.childToldOn = childToldOn;
    }

    public Long getCurrentVersion() {
        return currentVersion;
    }

    public void setCurrentVersion(Long currentVersion) {
        this.currentVersion = currentVersion;
    }
}
