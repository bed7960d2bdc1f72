package org.desist.jointworking;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildHeading;
import org.desist.child.ChildRecords;
import org.desist.child.LookedAfterStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The looked-after status typed on the child's record (their details) against the one worked out from the
 * looked-after history (ADR 9): where they disagree, both services are told which says what and what to do,
 * until the typed field is retired.
 */
@Component
public class LookedAfterStatusCheck {

    private final ChildRecords children;
    private final LookedAfterRecords records;

    LookedAfterStatusCheck(ChildRecords children, LookedAfterRecords records) {
        this.children = children;
        this.records = records;
    }

    /** Where the typed and the computed status disagree: what each says, and what to do about it. */
    public record Mismatch(String recordSays, String historySays, String whatToDo) {}

    /** The disagreement for the child, if there is one (the page that shows it audits the view). */
    @Transactional(readOnly = true)
    public Optional<Mismatch> forChild(AccessibleChild child) {
        ChildHeading heading = children.heading(child.id());
        LookedAfterRecords.Picture picture = records.pictureOf(child.summary());
        return compare(heading.lookedAfterStatus(), picture.lookedAfterOn());
    }

    /**
     * Compares the typed status with the legal bases the history gives today. They agree when both say
     * not looked after, or the typed basis is among the computed ones (an interim care order counts as a care
     * order). Nothing typed is nothing to compare.
     */
    public static Optional<Mismatch> compare(LookedAfterStatus typed, List<LegalBasis> computed) {
        if (typed == null || agree(typed, computed)) {
            return Optional.empty();
        }
        String history = computed.isEmpty()
                ? "not looked after"
                : "looked after: "
                        + computed.stream().map(b -> lower(b.label())).collect(Collectors.joining(" and "));
        String whatToDo;
        if (computed.isEmpty()) {
            whatToDo = "If the child is looked after, record in the looked-after history what made them so (for"
                    + " example the care order, with its date); if they are not, correct the looked-after status in"
                    + " the child's details.";
        } else if (!typed.lookedAfter()) {
            whatToDo = "If the looked-after history is right, correct the looked-after status in the child's details;"
                    + " if it has ended, record the ending (for example section 20 accommodation ended) in the"
                    + " history.";
        } else {
            whatToDo = "Check the legal basis with the child's social worker, then correct the child's details or"
                    + " record the missing event in the looked-after history.";
        }
        return Optional.of(new Mismatch(lower(typed.label()), history, whatToDo));
    }

    private static boolean agree(LookedAfterStatus typed, List<LegalBasis> computed) {
        return switch (typed) {
            case NOT_LOOKED_AFTER -> computed.isEmpty();
            case CARE_ORDER ->
                computed.contains(LegalBasis.CARE_ORDER) || computed.contains(LegalBasis.INTERIM_CARE_ORDER);
            case SECTION_20 -> computed.contains(LegalBasis.SECTION_20);
            case REMANDED_TO_LOCAL_AUTHORITY -> computed.contains(LegalBasis.REMAND_TO_LOCAL_AUTHORITY);
            case REMANDED_TO_YOUTH_DETENTION -> computed.contains(LegalBasis.REMAND_TO_YOUTH_DETENTION);
        };
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
