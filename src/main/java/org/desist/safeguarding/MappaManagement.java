package org.desist.safeguarding;

import java.time.LocalDate;
import java.util.UUID;

/** The child's MAPPA level (1–3) and category (1–4; 4 is terrorism), decided on a date, with its review. */
public record MappaManagement(
        UUID id, UUID childId, int level, int category, LocalDate decidedOn, LocalDate reviewOn, String recordedBy) {

    public String categoryLabel() {
        return "Category " + category + (category == 4 ? " (terrorism)" : "");
    }
}
