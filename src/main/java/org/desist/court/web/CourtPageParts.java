package org.desist.court.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.platform.web.Option;
import org.desist.security.Directory;
import org.desist.security.StaffMember;

/** What the court's pages share: how they show dates and labels, read ids, and list the service's staff. */
final class CourtPageParts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CourtPageParts() {}

    /** The case holders of the child's service, by id, as the pages name them. */
    static Map<UUID, String> staffNames(Directory directory, AccessibleChild child) {
        Map<UUID, String> names = new LinkedHashMap<>();
        directory.caseHolders(child.serviceId()).forEach(s -> names.put(s.id(), s.displayName()));
        return names;
    }

    /** The case holders of the child's service, as choices. */
    static List<Option> staffOptions(Directory directory, AccessibleChild child) {
        List<Option> options = new ArrayList<>();
        for (StaffMember s : directory.caseHolders(child.serviceId())) {
            options.add(new Option(s.id().toString(), s.displayName()));
        }
        return options;
    }

    /** A chosen id, or null when none was chosen or it is not an id. */
    static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String lower(String label) {
        return label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
