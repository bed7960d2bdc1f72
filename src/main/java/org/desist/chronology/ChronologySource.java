package org.desist.chronology;

import java.util.List;
import org.desist.child.AccessibleChild;

/**
 * Implemented by each module that records things in a child's case (as a Spring bean in its {@code internal}
 * package): the chronology and the case summary gather every source's entries for the child. It takes an
 * {@link AccessibleChild}, so it can be called only after the user has been allowed to see the child; a source
 * reads its own tables and must leave out anything the child's side may not see (victims' details).
 */
public interface ChronologySource {

    List<ChronologyEntry> entriesFor(AccessibleChild child);
}
