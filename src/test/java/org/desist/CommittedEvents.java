package org.desist;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The domain events whose transaction committed, for tests that must see an event published exactly once. A
 * component under {@code org.desist}, so every shared test context has it and none is added.
 */
@Component
public class CommittedEvents {

    private final Queue<Object> committed = new ConcurrentLinkedQueue<>();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(Object event) {
        committed.add(event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event);
    }

    /** How many committed events of {@code type} match {@code which} (e.g. are about one record). */
    public <T> long count(Class<T> type, Predicate<? super T> which) {
        return committed.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(which)
                .count();
    }
}
