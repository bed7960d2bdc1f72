package org.desist.safeguarding;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.springframework.stereotype.Component;

/** What the safeguarding services share: the child's open items a record meets, and the responsibility check. */
@Component
class OpenItems {

    private final DueItems dueItems;
    private final ChildRecords children;

    OpenItems(DueItems dueItems, ChildRecords children) {
        this.dueItems = dueItems;
        this.children = children;
    }

    /**
     * The record meets every open item of the child that a record of its type fulfils (whichever intervention's
     * assessment raised it).
     */
    void meet(UUID childId, String fulfilledBy, UUID recordId, LocalDate on) {
        dueItems.forChild(childId).stream()
                .filter(i -> i.status() == DueItem.Status.OPEN
                        && i.rule().fulfilledBy().equals(fulfilledBy))
                .map(DueItem::triggerRecordId)
                .distinct()
                .forEach(trigger -> dueItems.fulfilled(trigger, fulfilledBy, recordId, on));
    }

    /** The child, if the user may change the record (staff of the child's home service); 403 for a host. */
    AccessibleChild responsible(AccessibleChild child) {
        return child.responsible() ? child : children.responsibleChild(child.id());
    }
}
