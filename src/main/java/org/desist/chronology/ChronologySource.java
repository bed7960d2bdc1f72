package org.desist.chronology;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by each module that records things in a child's case (as a Spring bean in its {@code internal}
 * package): the chronology and the case summary gather every source's entries for the child. Called only
 * after the caller has been allowed to see the child ({@code ChildRecords.visible}), so a source reads its
 * own tables directly and must leave out anything the child's side may not see (victims' details).
 */
public interface ChronologySource {

    List<ChronologyEntry> entriesFor(UUID childId);
}
