package org.desist.victim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A victim of an offence: a person, business or the community. Protected: see {@code VICTIM_VIEW}. The aggregate:
 * recorded once ({@link #record}), never shown on the child's side of the record.
 */
public record Victim(
        UUID id, UUID offenceId, Kind kind, String name, String contact, String wishes, boolean consentsToContact) {

    public enum Kind {
        PERSON("A person"),
        BUSINESS("A business or organisation"),
        COMMUNITY("The community");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A victim is recorded: who they are and a name (a person's, or the business or community affected), with their
     * contact details, wishes and whether they consent to contact (Code of Practice for Victims of Crime).
     */
    public static Change<Victim> record(
            UUID id, UUID offenceId, Kind kind, String name, String contact, String wishes, boolean consents) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "Select who the victim is");
        }
        if (name == null || name.isBlank()) {
            problems.put("name", "Enter the victim's name, or the business or community affected");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(
                new Victim(id, offenceId, kind, name.trim(), blankToNull(contact), blankToNull(wishes), consents));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
