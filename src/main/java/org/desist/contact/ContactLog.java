package org.desist.contact;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An intervention's contacts (upcoming first, soonest first; then past, latest first), its warnings and
 * compliance panels, the counts and the compliance stage.
 */
public record ContactLog(
        UUID interventionId,
        List<Contact> upcoming,
        List<Contact> past,
        long attended,
        long acceptableAbsences,
        long unacceptableAbsences,
        List<Warning> warnings,
        List<CompliancePanel> panels,
        ComplianceStage stage,
        ComplianceThresholds thresholds,
        List<Contact> awaitingWarning) {

    /** The intervention's log from its contacts, warnings (oldest first) and panels (oldest first). */
    public static ContactLog of(
            UUID interventionId,
            List<Contact> contacts,
            List<Warning> warnings,
            List<CompliancePanel> panels,
            ComplianceThresholds thresholds) {
        Comparator<Contact> byWhen = Comparator.comparing(Contact::date)
                .thenComparing(c -> c.time() == null ? LocalTime.MIDNIGHT : c.time());
        List<Contact> upcoming =
                contacts.stream().filter(c -> !c.recorded()).sorted(byWhen).toList();
        List<Contact> past = contacts.stream()
                .filter(Contact::recorded)
                .sorted(byWhen.reversed())
                .toList();
        List<UUID> warned = warnings.stream().map(Warning::contactId).toList();
        return new ContactLog(
                interventionId,
                upcoming,
                past,
                count(past, ContactOutcome.ATTENDED),
                count(past, ContactOutcome.ACCEPTABLE_ABSENCE),
                count(past, ContactOutcome.UNACCEPTABLE_ABSENCE),
                warnings,
                panels,
                ComplianceStage.of(warnings.size(), thresholds),
                thresholds,
                past.stream()
                        .filter(c -> c.outcome() == ContactOutcome.UNACCEPTABLE_ABSENCE && !warned.contains(c.id()))
                        .toList());
    }

    private static long count(List<Contact> contacts, ContactOutcome outcome) {
        return contacts.stream().filter(c -> c.outcome() == outcome).count();
    }

    /** The latest compliance panel, if one was held on or after the latest warning (its prompt is answered). */
    public java.util.Optional<CompliancePanel> panelSinceLastWarning() {
        if (panels.isEmpty()) {
            return java.util.Optional.empty();
        }
        CompliancePanel latest = panels.get(panels.size() - 1);
        boolean answered = warnings.stream().noneMatch(w -> w.givenOn().isAfter(latest.heldOn()));
        return answered ? java.util.Optional.of(latest) : java.util.Optional.empty();
    }
}
