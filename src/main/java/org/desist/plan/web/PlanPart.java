package org.desist.plan.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.desist.platform.NotFoundException;

/** The question pages of a draft's content, in order, and the fields each asks. */
enum PlanPart {
    STRANDS("strands", "What the plan aims for", List.of("desistanceAim", "childSafetyAim", "othersSafetyAim")),
    VICTIMS("victims", "Victims", List.of("victimsNeeds", "victimProtection")),
    CONTINGENCY("contingency", "Contingency arrangements", List.of("contingencies")),
    VIEWS("views", "Involvement and views", List.of("childViews", "parentsViews"));

    private final String slug;
    private final String title;
    private final List<String> fields;

    PlanPart(String slug, String title, List<String> fields) {
        this.slug = slug;
        this.title = title;
        this.fields = fields;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    static PlanPart of(String slug) {
        return Arrays.stream(values())
                .filter(p -> p.slug.equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Page"));
    }

    static Optional<PlanPart> asking(String field) {
        return Arrays.stream(values()).filter(p -> p.fields.contains(field)).findFirst();
    }

    Optional<PlanPart> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
