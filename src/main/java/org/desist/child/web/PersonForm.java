package org.desist.child.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.child.PersonKind;
import org.desist.child.domain.Person;

/** Adding a parent, carer or professional to the child's record. */
public class PersonForm {

    static final List<String> FIELD_ORDER =
            List.of("kind", "name", "relationship", "agency", "phone", "email", "address");

    private String kind;
    private String name;
    private String relationship;
    private boolean parentalResponsibility;
    private String agency;
    private String phone;
    private String email;
    private String address;
    private long version;

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind() == null) {
            problems.put("kind", "Select whether this is a parent or carer, or a professional");
        }
        if (blank(name)) {
            problems.put("name", "Enter the person's name");
        } else if (name.trim().length() > 100) {
            problems.put("name", "Name must be 100 characters or fewer");
        }
        if (blank(relationship)) {
            problems.put(
                    "relationship",
                    kind() == PersonKind.PROFESSIONAL
                            ? "Enter the professional's role, like social worker"
                            : "Enter their relationship to the child, like mother");
        }
        if (kind() == PersonKind.PROFESSIONAL && blank(agency)) {
            problems.put("agency", "Enter the professional's agency");
        }
        if (!blank(email) && !email.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            problems.put("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (!blank(phone) && !phone.trim().matches("^[0-9 +()-]{7,20}$")) {
            problems.put("phone", "Enter a telephone number, like 01632 960 001 or 07700 900 982");
        }
        return problems;
    }

    Person toPerson() {
        return new Person(
                kind(),
                name.trim(),
                relationship.trim(),
                kind() == PersonKind.PARENT_CARER && parentalResponsibility,
                trim(agency),
                trim(phone),
                trim(email),
                trim(address));
    }

    private PersonKind kind() {
        try {
            return kind == null ? null : PersonKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public boolean isParentalResponsibility() {
        return parentalResponsibility;
    }

    public void setParentalResponsibility(boolean parentalResponsibility) {
        this.parentalResponsibility = parentalResponsibility;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
