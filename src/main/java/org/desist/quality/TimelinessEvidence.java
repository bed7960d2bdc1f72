package org.desist.quality;

import static org.desist.quality.EvidenceText.date;
import static org.desist.quality.EvidenceText.gap;
import static org.desist.quality.EvidenceText.notApplicable;
import static org.desist.quality.EvidenceText.shown;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.desist.quality.CaseFacts.Due;

/**
 * Whether something the guidance sets a timescale for was done in time, read from its due items (the timescales are
 * the due item rules': YJB case management guidance and the service's local settings). A gap when one was met after
 * its due date or is still open after it; shown when each was met in time; does not arise when none is due yet.
 */
public final class TimelinessEvidence {

    private TimelinessEvidence() {}

    /**
     * @param what how the work reads at the start of a sentence, e.g. "Assessment"
     * @param done what was done, e.g. "submitted"
     */
    public static Evidence of(
            String key, String what, String done, List<Due> items, LocalDate today, String href, String linkText) {
        List<Due> live = items.stream()
                .filter(d -> d.status() != Due.Status.CANCELLED)
                .sorted(Comparator.comparing(Due::dueDate))
                .toList();
        Optional<Due> overdue = live.stream()
                .filter(d -> d.status() == Due.Status.OPEN && d.dueDate().isBefore(today))
                .findFirst();
        if (overdue.isPresent()) {
            return gap(
                    key,
                    what + " due by " + date(overdue.get().dueDate()) + " is not " + done + " yet",
                    href,
                    linkText);
        }
        Optional<Due> late = live.stream()
                .filter(d -> d.status() == Due.Status.MET
                        && d.metOn() != null
                        && d.metOn().isAfter(d.dueDate()))
                .reduce((first, second) -> second);
        if (late.isPresent()) {
            return gap(
                    key,
                    what + " " + done + " on " + date(late.get().metOn()) + ", after its due date of "
                            + date(late.get().dueDate()),
                    href,
                    linkText);
        }
        Optional<Due> met =
                live.stream().filter(d -> d.status() == Due.Status.MET).reduce((first, second) -> second);
        if (met.isPresent()) {
            Due last = met.get();
            return shown(
                    key,
                    what + " " + done + " on " + date(last.metOn()) + ", by its due date of " + date(last.dueDate()),
                    href,
                    linkText);
        }
        Optional<Due> open =
                live.stream().filter(d -> d.status() == Due.Status.OPEN).findFirst();
        return open.map(d -> notApplicable(key, what + " due by " + date(d.dueDate()) + ": not due yet"))
                .orElseGet(() -> notApplicable(key, what + " has not been due for this case"));
    }
}
