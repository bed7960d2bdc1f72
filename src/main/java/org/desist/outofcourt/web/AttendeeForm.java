package org.desist.outofcourt.web;

/** One attendee of the panel, as typed. */
public class AttendeeForm {

    boolean isBlank() {
        return (name == null || name.isBlank()) && (agency == null || agency.isBlank());
    }

    private String name;
    private String agency;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }
}
