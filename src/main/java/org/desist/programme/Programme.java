package org.desist.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** A programme in a youth justice service's catalogue; a withdrawn one takes no new enrolments. */
public record Programme(
        UUID id,
        UUID serviceId,
        String name,
        Delivery delivery,
        ProgrammeTopic topic,
        int sessionsPlanned,
        String description,
        boolean active,
        long version) {

    static final int MOST_SESSIONS = 200;
    static final int LONGEST_NAME = 120;

    /** What the audit trail shows of a programme. */
    public static final AuditedFields<Programme> AUDITED = AuditedFields.<Programme>of()
            .field("Name", Programme::name)
            .field("Delivery", Programme::delivery)
            .field("Topic", Programme::topic)
            .field("Sessions planned", Programme::sessionsPlanned)
            .field("Description", Programme::description)
            .field("Status", Programme::active, active -> active ? "Active" : "Withdrawn");

    // The rules of a service's catalogue (YJB case management guidance: the interventions a youth justice service
    // offers): a named programme, how it is delivered, what it works on and how many sessions it plans.

    /** A programme added to the service's catalogue, offered from now on. */
    public static Change<Programme> add(UUID id, UUID serviceId, ProgrammeDetails details) {
        InvalidRequestException.refuseIf(problems(details, false));
        return Change.created(state(id, serviceId, details, true, 0));
    }

    /** Its details changed, or it is withdrawn (or offered again). */
    public Change<Programme> change(ProgrammeDetails details) {
        InvalidRequestException.refuseIf(problems(details, true));
        return Change.of(this, state(id, serviceId, details, details.active(), version));
    }

    /** The problem of a name the service's catalogue already has (names are unique within a service). */
    public static Map<String, String> duplicateName() {
        return Map.of("name", "The service already has a programme with this name: choose another name");
    }

    static Map<String, String> problems(ProgrammeDetails d, boolean changing) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (ProgrammeRules.blank(d.name())) {
            problems.put("name", "Enter the name of the programme");
        } else if (d.name().trim().length() > LONGEST_NAME) {
            problems.put("name", "The name of the programme must be 120 characters or fewer");
        }
        if (d.delivery() == null) {
            problems.put("delivery", "Select how the programme is delivered");
        }
        if (d.topic() == null) {
            problems.put("topic", "Select what the programme works on");
        }
        if (d.sessionsPlanned() == null) {
            problems.put("sessionsPlanned", "Enter the number of sessions planned");
        } else if (d.sessionsPlanned() < 1 || d.sessionsPlanned() > MOST_SESSIONS) {
            problems.put("sessionsPlanned", "The number of sessions planned must be between 1 and " + MOST_SESSIONS);
        }
        if (changing && d.active() == null) {
            problems.put("active", "Select whether the programme is still offered");
        }
        return problems;
    }

    private static Programme state(UUID id, UUID serviceId, ProgrammeDetails d, boolean active, long version) {
        return new Programme(
                id,
                serviceId,
                d.name().trim(),
                d.delivery(),
                d.topic(),
                d.sessionsPlanned(),
                ProgrammeRules.blank(d.description()) ? null : d.description().trim(),
                active,
                version);
    }
}
