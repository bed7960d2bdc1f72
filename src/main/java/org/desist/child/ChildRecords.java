package org.desist.child;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Children's records for other modules, always within the signed-in user's services: the child's home
 * service, or a host service delivering work under an active caretaking arrangement (YJB case management guidance
 * §3, "Out of borough"). A host service sees the record; only the home service changes it.
 */
public interface ChildRecords {

    /**
     * The child, if the user may see them (staff of their service, or of a host service with an active
     * caretaking arrangement); otherwise NotFoundException (404). Use it to read.
     */
    ChildSummary visible(UUID childId);

    /**
     * The child, if the user may see them, as the proof other modules' APIs take (see {@link AccessibleChild});
     * otherwise NotFoundException (404).
     */
    default AccessibleChild accessible(UUID childId) {
        return new AccessibleChild(visible(childId), false);
    }

    /**
     * The child, if the user is staff of the child's home service, as the proof other modules' APIs take before a
     * change; host-service staff get AccessDeniedException (403), anyone else NotFoundException (404).
     */
    default AccessibleChild responsibleChild(UUID childId) {
        return new AccessibleChild(responsible(childId), true);
    }

    /**
     * The children the user may see whose name is like {@code name} (the typo-tolerant search of "Find a child") and,
     * when given, born on {@code dateOfBirth}, at most a page of them: for linking another record (e.g. an appropriate
     * adult call-out) to a child already known. The search is audited ({@code SEARCHED}), no child's view.
     */
    java.util.List<ChildSummary> matching(String name, java.time.LocalDate dateOfBirth);

    /** Summaries of those children the user may see, by id. */
    Map<UUID, ChildSummary> visible(Collection<UUID> childIds);

    /**
     * The recorded gender of those of these children the user may see, by id: one query, no audit row (for counts
     * across children, e.g. an inspection sample's strata; a page that shows a child audits its own view).
     */
    Map<UUID, Gender> genders(Collection<UUID> childIds);

    /** The child's education, training or employment, if the user may see them; otherwise 404. */
    Education education(UUID childId);

    /** The name bar of the child's record, if they are in one of the user's services; otherwise 404. */
    ChildHeading heading(UUID childId);

    /**
     * The child, if the user is staff of the child's own (home) service, which alone changes the record.
     * Staff of a caretaking host service get AccessDeniedException (403); anyone else NotFoundException
     * (404). Use it before every change.
     */
    ChildSummary responsible(UUID childId);

    /** Whether the user sees this child only as staff of a caretaking host service. */
    boolean seenAsHost(UUID childId);

    /**
     * A host service delivers work for the child under a caretaking arrangement ({@code recordType} and
     * {@code recordId} name the arrangement, e.g. an intervention): its staff may now see the child's record.
     * Audited. The caller must be responsible for the child.
     */
    void grantCaretaking(UUID childId, UUID hostServiceId, String recordType, UUID recordId, String reason);

    /** The arrangement ended: the host service's staff no longer see the child through it. Audited. */
    void revokeCaretaking(UUID childId, UUID hostServiceId, UUID recordId);
}
