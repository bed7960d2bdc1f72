package org.desist.child;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A change to the child's home circumstances was recorded: address, local authority, out-of-borough placement
 * or looked-after status ({@code whatChanged} names the fields, as on screen). YJB case management guidance: a change
 * of address, placement or looked-after status calls for a review.
 */
public record ChildCircumstancesChanged(UUID childId, List<String> whatChanged, LocalDate on) {

    /** The record's fields whose change is a change of circumstances. */
    public static final List<String> FIELDS = List.of(
            "Address line 1",
            "Address line 2",
            "Town or city",
            "Postcode",
            "Local authority",
            "Placed out of borough",
            "Looked-after status");
}
