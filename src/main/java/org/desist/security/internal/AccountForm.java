package org.desist.security.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.platform.web.Option;
import org.desist.security.Agency;
import org.desist.security.Role;

/** An administrator adds an account: who, which agency, which roles, which services, first password. */
public class AccountForm {

    static final List<String> FIELD_ORDER =
            List.of("username", "displayName", "jobTitle", "agency", "roles", "serviceIds", "password");
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private String username;
    private String displayName;
    private String jobTitle;
    private String agency;
    private List<String> roles = new ArrayList<>();
    private List<String> serviceIds = new ArrayList<>();
    private String password;

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(username)) {
            problems.put("username", "Enter a username");
        } else if (!username.trim().matches("^[A-Za-z0-9._-]{3,60}$")) {
            problems.put("username", "Username must be 3 to 60 letters, numbers, dots, hyphens or underscores");
        }
        if (blank(displayName)) {
            problems.put("displayName", "Enter the person's full name");
        }
        if (Option.chosen(Agency.class, agency) == null) {
            problems.put("agency", "Select the person's agency");
        }
        if (roles.isEmpty() || roles.stream().anyMatch(r -> Option.chosen(Role.class, r) == null)) {
            problems.put("roles", "Select at least one role");
        }
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            problems.put("password", "Password must be at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public List<String> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<String> serviceIds) {
        this.serviceIds = serviceIds == null ? new ArrayList<>() : serviceIds;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
