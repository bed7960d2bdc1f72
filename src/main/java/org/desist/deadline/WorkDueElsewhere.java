package org.desist.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Work with a due date that is not a child's due item (e.g. the actions of a service's improvement plans), listed on
 * <em>My work</em> by the module that holds it. Implemented as a Spring bean in that module's {@code internal}
 * package; <em>My work</em> asks every implementation, so the page needs no dependency on the module. A section holds
 * no child's data.
 */
public interface WorkDueElsewhere {

    /**
     * One thing due.
     *
     * @param what what is due, as the owner reads it
     * @param context where it comes from (e.g. the plan's title)
     * @param href the page where it is done
     * @param daysOverdue how long it is overdue, as the section counts it (e.g. "3 working days"); null when it is not
     */
    record Item(LocalDate dueDate, String what, String context, String href, String ownerName, String daysOverdue) {

        public boolean overdue() {
            return daysOverdue != null;
        }
    }

    /** A section of the page: its heading and items, soonest due first. */
    record Section(String id, String heading, String description, List<Item> items) {

        public Section {
            items = List.copyOf(items);
        }
    }

    /** The person's own open work of this kind in these services; empty when they have none. */
    Optional<Section> ownedBy(UUID userId, Collection<UUID> serviceIds, LocalDate today);

    /**
     * Overdue work of this kind across these services, for the signed-in person when they oversee it (e.g. the head
     * of service); empty otherwise or when nothing is overdue.
     */
    Optional<Section> overdueToOversee(Collection<UUID> serviceIds, LocalDate today);
}
