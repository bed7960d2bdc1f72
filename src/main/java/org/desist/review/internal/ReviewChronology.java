package org.desist.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The child's reviews (plan changed or not) and what called for them, for the chronology. */
@Component
class ReviewChronology implements ChronologySource {

    private static final int DETAIL = 200;

    private final ReviewRepository reviews;

    ReviewChronology(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        List<ChronologyEntry> entries = new ArrayList<>();
        reviews.ofChild(child.id())
                .forEach(r -> entries.add(new ChronologyEntry(
                        r.reviewedOn(),
                        ChronologyType.REVIEW,
                        r.planChanged() ? "Review: plan changed" : "Review: plan not changed",
                        shortened(r.planChanged() ? r.planChange() : r.planUnchangedReason()),
                        r.recordedBy(),
                        "/interventions/" + r.interventionId() + "/reviews",
                        r.id())));
        reviews.triggersOfChild(child.id())
                .forEach(t -> entries.add(new ChronologyEntry(
                        t.occurredOn(),
                        ChronologyType.REVIEW,
                        "Review needed: " + t.kind().label().toLowerCase(Locale.UK),
                        shortened(t.reason()),
                        t.raisedBy(),
                        "/interventions/" + t.interventionId() + "/reviews",
                        t.id())));
        return entries;
    }

    private static String shortened(String text) {
        if (text == null || text.length() <= DETAIL) {
            return text;
        }
        return text.substring(0, DETAIL - 1) + "…";
    }
}
