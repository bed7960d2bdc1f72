package org.desist.jointworking.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A social worker or personal adviser allocated, as typed. */
public class AllocationForm {

    static final List<String> FIELD_ORDER = List.of("role", "name", "team", "phone", "email", "from", "userAccountId");
    static final Set<String> DATE_FIELDS = Set.of("from");

    private String role;
    private String name;
    private String team;
    private String phone;
    private String email;
    private DateParts from = new DateParts();
    private String userAccountId;
    private Long socialWorkerVersion;
    private Long personalAdviserVersion;

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public DateParts getFrom() {
        return from;
    }

    public void setFrom(DateParts from) {
        this.from = from;
    }

    public String getUserAccountId() {
        return userAccountId;
    }

    public void setUserAccountId(String userAccountId) {
        this.userAccountId = userAccountId;
    }

    public Long getSocialWorkerVersion() {
        return socialWorkerVersion;
    }

    public void setSocialWorkerVersion(Long socialWorkerVersion) {
        this.socialWorkerVersion = socialWorkerVersion;
    }

    public Long getPersonalAdviserVersion() {
        return personalAdviserVersion;
    }

    public void setPersonalAdviserVersion(Long personalAdviserVersion) {
        this.personalAdviserVersion = personalAdviserVersion;
    }

    /** The version of the current allocation of the chosen role as the person saw it (null: there was none). */
    Long versionSeenOf(org.desist.jointworking.SocialCareRole role) {
        return role == org.desist.jointworking.SocialCareRole.PERSONAL_ADVISER
                ? personalAdviserVersion
                : socialWorkerVersion;
    }
}
