package org.desist.child;

import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A module that fails while handling a transfer, for the child a test names: proves that a transfer is all
 * or nothing (the child's row and due items have already moved when the event is handled). Inert otherwise.
 */
@Component
public class TransferFailureForTests {

    private volatile UUID failFor;

    public void failTransfersOf(UUID childId) {
        failFor = childId;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void on(ChildTransferred transfer) {
        if (transfer.childId().equals(failFor)) {
            failFor = null;
            throw new IllegalStateException("A module could not take the case");
        }
    }
}
