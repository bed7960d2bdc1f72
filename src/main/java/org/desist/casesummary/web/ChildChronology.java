package org.desist.casesummary.web;

import java.util.List;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every source's entries for one child the user may see (404 otherwise), newest first. */
@Component
class ChildChronology {

    private final ObjectProvider<ChronologySource> sources;
    private final ChildRecords children;

    ChildChronology(ObjectProvider<ChronologySource> sources, ChildRecords children) {
        this.sources = sources;
        this.children = children;
    }

    @Transactional(readOnly = true)
    public List<ChronologyEntry> of(UUID childId) {
        ChildSummary child = children.visible(childId);
        return Timeline.newestFirst(sources.orderedStream()
                .map(source -> source.entriesFor(child.id()))
                .toList());
    }
}
