package org.desist.programme.web;

import java.util.List;
import java.util.Set;

/** A programme of the catalogue as typed by a manager. */
public class ProgrammeForm {

    static final List<String> FIELD_ORDER =
            List.of("serviceId", "name", "delivery", "topic", "sessionsPlanned", "description", "active");
    static final Set<String> DATE_FIELDS = Set.of();

    private long version;
    private String serviceId;
    private String name;
    private String delivery;
    private String topic;
    private String sessionsPlanned;
    private String description;
    private String active;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getSessionsPlanned() {
        return sessionsPlanned;
    }

    public void setSessionsPlanned(String sessionsPlanned) {
        this.sessionsPlanned = sessionsPlanned;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getActive() {
        return active;
    }

    public void setActive(String active) {
        this.active = active;
    }
}
