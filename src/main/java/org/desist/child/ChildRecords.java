package org.desist.child;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Children's records for other modules, always within the signed-in user's services. */
public interface ChildRecords {

    /** The child, if they are in one of the user's services; otherwise NotFoundException (404). */
    ChildSummary visible(UUID childId);

    /** Summaries of those children that are in the user's services, by id. */
    Map<UUID, ChildSummary> visible(Collection<UUID> childIds);

    /** The name bar of the child's record, if they are in one of the user's services; otherwise 404. */
    ChildHeading heading(UUID childId);
}
