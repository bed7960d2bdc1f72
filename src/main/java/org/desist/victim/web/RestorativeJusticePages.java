package org.desist.victim.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.platform.NotFoundException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.Dates;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.victim.RestorativeJustice;
import org.desist.victim.RestorativeJustices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A victim's restorative justice: its summary and one question page per step (offer, each consent, the risk
 * assessment, the kind and facilitator, the dates, the outcome and satisfaction, reparation hours). VICTIM_VIEW to
 * read, VICTIM_WORK to change; the manager's approval has its own page ({@link RestorativeJusticeApprovalPages}).
 */
@Controller
class RestorativeJusticePages {

    /** The question pages, by the last part of their address. */
    enum Step {
        OFFER("offer", "Offer restorative justice", List.of("offeredOn", "offeredHow", "offeredToChildOn")),
        VICTIM_CONSENT("victim-consent", "The victim’s consent", List.of("decision", "on")),
        CHILD_CONSENT("child-consent", "The child’s consent", List.of("decision", "on")),
        RISK_ASSESSMENT("risk-assessment", "Risk assessment", List.of("assessedOn", "summary")),
        KIND("kind", "Kind of restorative justice and facilitator", List.of("kind", "facilitator")),
        PLANNED("planned", "Date planned", List.of("plannedOn")),
        HELD("held", "Date held", List.of("heldOn")),
        OUTCOME("outcome", "Outcome and the victim’s satisfaction", List.of("outcome", "note", "satisfaction")),
        REPARATION("reparation", "Reparation hours", List.of("against", "hoursPlanned", "hoursDone"));

        static final Set<String> DATES =
                Set.of("offeredOn", "offeredToChildOn", "on", "assessedOn", "plannedOn", "heldOn");

        final String path;
        final String heading;
        final List<String> fields;

        Step(String path, String heading, List<String> fields) {
            this.path = path;
            this.heading = heading;
            this.fields = fields;
        }

        static Step of(String path) {
            return Arrays.stream(values())
                    .filter(s -> s.path.equals(path))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Page"));
        }
    }

    private final RestorativeJustices rj;
    private final ChildRecords children;
    private final Dates dates;
    private final Clock clock;

    RestorativeJusticePages(RestorativeJustices rj, ChildRecords children, Dates dates, Clock clock) {
        this.rj = rj;
        this.children = children;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/victims/{id}/restorative-justice")
    @PreAuthorize("hasAuthority('VICTIM_VIEW')")
    String summary(@PathVariable UUID id, Model model) {
        Optional<RestorativeJustice> current = heading(id, model);
        model.addAttribute("rj", current.orElse(null));
        current.ifPresent(r -> model.addAttribute("shown", RestorativeJusticeSummary.of(r, rj.names(r), dates)));
        model.addAttribute(
                "statement", current.map(RestorativeJusticePages::nextStep).orElse(null));
        return "victim/restorative-justice";
    }

    @GetMapping("/victims/{id}/restorative-justice/{step}")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    String question(@PathVariable UUID id, @PathVariable String step, Model model) {
        Step page = Step.of(step);
        RestorativeJustices.WithVictim seen = rj.withVictim(id);
        Optional<RestorativeJustice> current = seen.rj();
        if (page != Step.OFFER && current.isEmpty()) {
            return "redirect:/victims/" + id + "/restorative-justice";
        }
        RestorativeJusticeForm form = new RestorativeJusticeForm();
        LocalDate today = LocalDate.now(clock);
        current.ifPresent(r -> prefill(form, r, page));
        if (page == Step.OFFER) {
            form.setOfferedOn(DateParts.of(today));
        }
        model.addAttribute("form", form);
        return page(seen, page, null, model);
    }

    @PostMapping("/victims/{id}/restorative-justice/{step}")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    String answer(
            @PathVariable UUID id,
            @PathVariable String step,
            @ModelAttribute("form") RestorativeJusticeForm f,
            BindingResult binding,
            Model model) {
        Step page = Step.of(step);
        LocalDate offeredOn = date(f.getOfferedOn(), "offeredOn", "the date it was offered", binding);
        LocalDate toChild =
                date(f.getOfferedToChildOn(), "offeredToChildOn", "the date it was offered to the child", binding);
        LocalDate on = date(f.getOn(), "on", "the date of the decision", binding);
        LocalDate assessedOn = date(f.getAssessedOn(), "assessedOn", "the date of the risk assessment", binding);
        LocalDate plannedOn = date(f.getPlannedOn(), "plannedOn", "the date planned", binding);
        LocalDate heldOn = date(f.getHeldOn(), "heldOn", "the date held", binding);
        Integer hoursPlanned = page == Step.REPARATION ? hours(f.getHoursPlanned(), "hoursPlanned", binding) : null;
        Integer hoursDone = page == Step.REPARATION ? hours(f.getHoursDone(), "hoursDone", binding) : null;
        long v = f.getVersion();
        return FormSubmission.submit(
                () -> {
                    switch (page) {
                        case OFFER ->
                            rj.offer(
                                    id,
                                    offeredOn,
                                    Option.chosen(RestorativeJustice.OfferedHow.class, f.getOfferedHow()),
                                    toChild);
                        case VICTIM_CONSENT -> rj.victimDecides(id, v, decision(f), on);
                        case CHILD_CONSENT -> rj.childDecides(id, v, decision(f), on);
                        case RISK_ASSESSMENT -> rj.assessRisk(id, v, assessedOn, f.getSummary());
                        case KIND ->
                            rj.choose(
                                    id,
                                    v,
                                    Option.chosen(RestorativeJustice.Kind.class, f.getKind()),
                                    f.getFacilitator());
                        case PLANNED -> rj.plan(id, v, plannedOn);
                        case HELD -> rj.hold(id, v, heldOn);
                        case OUTCOME ->
                            rj.recordOutcome(
                                    id,
                                    v,
                                    Option.chosen(RestorativeJustice.Outcome.class, f.getOutcome()),
                                    f.getNote(),
                                    Option.chosen(RestorativeJustice.Satisfaction.class, f.getSatisfaction()));
                        case REPARATION -> rj.recordReparation(id, v, f.getAgainst(), hoursPlanned, hoursDone);
                    }
                    return "redirect:/victims/" + id + "/restorative-justice?saved=" + page.path;
                },
                page.fields,
                binding,
                model,
                f::setVersion,
                () -> page(rj.withVictim(id), page, binding, model));
    }

    private String page(RestorativeJustices.WithVictim seen, Step page, BindingResult binding, Model model) {
        UUID id = seen.victim().id();
        RestorativeJustice current = seen.rj().orElse(null);
        show(seen, model);
        model.addAttribute("rj", current);
        model.addAttribute("step", page.name());
        model.addAttribute("heading", page.heading);
        model.addAttribute("formAction", "/victims/" + id + "/restorative-justice/" + page.path);
        model.addAttribute(
                "ways", Option.of(RestorativeJustice.OfferedHow.class, RestorativeJustice.OfferedHow::label));
        model.addAttribute(
                "decisions", Option.of(RestorativeJustice.Decision.class, RestorativeJustice.Decision::label));
        model.addAttribute("kinds", Option.of(RestorativeJustice.Kind.class, RestorativeJustice.Kind::label));
        model.addAttribute("outcomes", Option.of(RestorativeJustice.Outcome.class, RestorativeJustice.Outcome::label));
        model.addAttribute(
                "satisfactions",
                Option.of(RestorativeJustice.Satisfaction.class, RestorativeJustice.Satisfaction::label));
        if (page == Step.REPARATION && current != null) {
            model.addAttribute(
                    "againsts",
                    rj.reparationOptions(current).stream()
                            .map(a -> new Option(a.value(), a.label()))
                            .toList());
        }
        if (binding != null) {
            model.addAttribute("org.springframework.validation.BindingResult.form", binding);
            model.addAttribute("errorSummary", ErrorSummary.from(binding, page.fields, Step.DATES));
        } else {
            model.addAttribute("errorSummary", List.of());
        }
        return "victim/restorative-question";
    }

    /** The victim (by name: the page is for the victim capability only) and the child, for the caption. */
    private Optional<RestorativeJustice> heading(UUID victimId, Model model) {
        RestorativeJustices.WithVictim seen = rj.withVictim(victimId);
        show(seen, model);
        return seen.rj();
    }

    private void show(RestorativeJustices.WithVictim seen, Model model) {
        model.addAttribute("victim", seen.victim());
        model.addAttribute("child", children.visible(seen.childId()));
    }

    private static void prefill(RestorativeJusticeForm form, RestorativeJustice r, Step page) {
        form.setVersion(r.version());
        switch (page) {
            case VICTIM_CONSENT ->
                form.setDecision(
                        r.victimConsent() == null ? null : r.victimConsent().name());
            case CHILD_CONSENT ->
                form.setDecision(
                        r.childConsent() == null ? null : r.childConsent().name());
            case KIND -> form.setKind(r.kind() == null ? null : r.kind().name());
            case PLANNED -> form.setPlannedOn(r.plannedOn() == null ? new DateParts() : DateParts.of(r.plannedOn()));
            case REPARATION -> {
                if (r.reparation() != null) {
                    form.setHoursPlanned(String.valueOf(r.reparation().hoursPlanned()));
                    form.setHoursDone(String.valueOf(r.reparation().hoursDone()));
                }
            }
            default -> {}
        }
    }

    /** What to do next, in words, for the summary page's inset. */
    static String nextStep(RestorativeJustice r) {
        if (r.outcome() != null) {
            return null;
        }
        if (r.kind() == null) {
            return "Record each consent, then the kind of restorative justice and its facilitator.";
        }
        if (r.kind().direct() && !r.riskApproved()) {
            return r.waitingForApproval()
                    ? "The risk assessment is waiting for a manager’s approval."
                    : "A direct meeting needs a risk assessment, approved by a manager, before it is planned.";
        }
        return r.heldOn() == null ? "Record the date planned, then the date held." : "Record the outcome.";
    }

    private static RestorativeJustice.Decision decision(RestorativeJusticeForm f) {
        return Option.chosen(RestorativeJustice.Decision.class, f.getDecision());
    }

    private static LocalDate date(DateParts parts, String field, String what, BindingResult binding) {
        if (parts == null || parts.isBlank()) {
            return null;
        }
        return FormErrors.date(parts, field, what, binding);
    }

    private static Integer hours(String typed, String field, BindingResult binding) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            binding.rejectValue(field, "invalid", "Enter the hours as a whole number, like 6");
            return null;
        }
    }
}
