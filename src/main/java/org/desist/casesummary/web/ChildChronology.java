package org.desist.casesummary.web;

import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every source's entries for one child the user may see (404 otherwise), newest first; for a page, with the view
 * audited in the same transaction.
 */
@Component
class ChildChronology {

    private final ObjectProvider<ChronologySource> sources;
    private final ChildRecords children;
    private final AuditTrail audit;

    ChildChronology(ObjectProvider<ChronologySource> sources, ChildRecords children, AuditTrail audit) {
        this.sources = sources;
        this.children = children;
        this.audit = audit;
    }

    /** The entries, for a page showing them as {@code recordType}: the view is audited with {@code summary}. */
    @Transactional
    public List<ChronologyEntry> viewed(UUID childId, String recordType, String summary) {
        List<ChronologyEntry> entries = of(childId);
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), recordType, null, summary);
        return entries;
    }

    @Transactional(readOnly = true)
    public List<ChronologyEntry> of(UUID childId) {
        AccessibleChild child = children.accessible(childId);
        return Timeline.newestFirst(
                sources.orderedStream().map(source -> source.entriesFor(child)).toList());
    }
}
