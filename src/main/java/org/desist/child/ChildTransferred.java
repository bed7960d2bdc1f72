package org.desist.child;

import java.util.UUID;

/**
 * A child's case moved from one youth justice service to another ("transfers between services carry the
 * whole record", YJB case management guidance). Published inside the transfer's transaction: every module that
 * keeps rows for the child with a service moves them in a synchronous {@code @EventListener}, so the
 * transfer is all-or-nothing. Listeners must not read the child through {@link ChildRecords} (the
 * transferring manager no longer sees the child) and must not leave a case manager of the old service
 * allocated.
 */
public record ChildTransferred(UUID childId, UUID fromServiceId, UUID toServiceId) {}
