package org.desist.court.web;

import static org.desist.court.web.CourtPageParts.DATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtKind;
import org.desist.court.CourtWork;
import org.desist.court.EstablishmentType;
import org.desist.court.HearingType;
import org.desist.court.Outcome;
import org.desist.court.RemandOrBail;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The question pages of a court appearance: record one, correct it, and — when the child was remanded or bailed —
 * the court's remand or bail decision. What comes next depends on the outcome.
 */
@Controller
class AppearancePages {

    private final CourtWork court;
    private final ChildRecords children;
    private final Offences offences;

    AppearancePages(CourtWork court, ChildRecords children, Offences offences) {
        this.court = court;
        this.children = children;
        this.offences = offences;
    }

    @GetMapping("/children/{id}/court/appearances/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newAppearance(@PathVariable UUID id, Model model) {
        return appearanceForm(children.accessible(id), null, new AppearanceForm(), null, model);
    }

    @PostMapping("/children/{id}/court/appearances")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordAppearance(
            @PathVariable UUID id, @ModelAttribute("form") AppearanceForm form, BindingResult binding, Model model) {
        AccessibleChild child = children.accessible(id);
        CourtWork.NewAppearance appearance = parse(form, binding);
        return FormSubmission.submit(
                () -> "redirect:" + next(court.recordAppearance(children.responsibleChild(id), appearance)),
                AppearanceForm.FIELD_ORDER,
                binding,
                model,
                null,
                () -> appearanceForm(child, null, form, binding, model));
    }

    @GetMapping("/court-appearances/{id}/edit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String editAppearance(@PathVariable UUID id, Model model) {
        CourtAppearance a = court.appearance(id);
        AppearanceForm form = new AppearanceForm();
        form.setVersion(a.version());
        form.setAppearanceDate(DateParts.of(a.appearanceDate()));
        form.setCourtName(a.courtName());
        form.setCourtKind(a.courtKind().name());
        form.setHearingType(a.hearingType().name());
        form.setOffenceIds(
                new ArrayList<>(a.offenceIds().stream().map(UUID::toString).toList()));
        form.setOutcome(a.outcome().name());
        form.setOutcomeDetail(a.outcomeDetail());
        form.setNextHearingDate(DateParts.of(a.nextHearingDate()));
        form.setInformationToCourt(a.informationToCourt());
        return appearanceForm(children.accessible(a.childId()), a, form, null, model);
    }

    @PostMapping("/court-appearances/{id}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String correctAppearance(
            @PathVariable UUID id, @ModelAttribute("form") AppearanceForm form, BindingResult binding, Model model) {
        CourtAppearance a = court.appearance(id);
        AccessibleChild child = children.accessible(a.childId());
        CourtWork.NewAppearance appearance = parse(form, binding);
        return FormSubmission.submit(
                () -> {
                    CourtAppearance after =
                            court.correctAppearance(id, form.getVersion() == null ? -1 : form.getVersion(), appearance);
                    if (after.awaitsRemandOrBail()) {
                        return "redirect:/court-appearances/" + id + "/remand";
                    }
                    return "redirect:/children/" + child.id() + "/court?corrected"
                            + (after.ended().size() > a.ended().size() ? "&ended" : "");
                },
                AppearanceForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> appearanceForm(child, a, form, binding, model));
    }

    // ---------------------------------------------------------------- remand or bail

    @GetMapping("/court-appearances/{id}/remand")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String remand(@PathVariable UUID id, Model model) {
        CourtAppearance a = court.appearance(id);
        RemandForm form = new RemandForm();
        form.setVersion(a.version());
        return remandForm(a, form, null, model);
    }

    @PostMapping("/court-appearances/{id}/remand")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordRemand(
            @PathVariable UUID id, @ModelAttribute("form") RemandForm form, BindingResult binding, Model model) {
        CourtAppearance a = court.appearance(id);
        return FormSubmission.submit(
                () -> {
                    CourtAppearance after = court.recordRemandOrBail(
                            id,
                            form.getVersion() == null ? -1 : form.getVersion(),
                            new CourtWork.RemandDecision(
                                    Option.chosen(RemandOrBail.class, form.getDecision()),
                                    Option.chosen(EstablishmentType.class, form.getEstablishmentType()),
                                    form.getEstablishmentName()));
                    return "redirect:/court-appearances/" + after.id() + "/reports/new?remand";
                },
                RemandForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> remandForm(a, form, binding, model));
    }

    // ---------------------------------------------------------------- helpers

    /** Where the question pages go next, by outcome. */
    private static String next(CourtAppearance a) {
        if (a.outcome().decidesRemandOrBail()) {
            return "/court-appearances/" + a.id() + "/remand";
        }
        if (a.outcome() == Outcome.SENTENCED) {
            return "/court-appearances/" + a.id() + "/sentence";
        }
        if (a.outcome() == Outcome.ADJOURNED) {
            return "/court-appearances/" + a.id() + "/reports/new";
        }
        return "/children/" + a.childId() + "/court?recorded" + (a.ended().isEmpty() ? "" : "&ended");
    }

    private static CourtWork.NewAppearance parse(AppearanceForm form, BindingResult binding) {
        form.getAppearanceDate()
                .problem("the date of the appearance")
                .ifPresent(p -> binding.rejectValue("appearanceDate", "invalid", p));
        if (!form.getNextHearingDate().isBlank()) {
            form.getNextHearingDate()
                    .problem("the date of the next hearing")
                    .ifPresent(p -> binding.rejectValue("nextHearingDate", "invalid", p));
        }
        List<UUID> offenceIds = new ArrayList<>();
        for (String o : form.getOffenceIds() == null ? List.<String>of() : form.getOffenceIds()) {
            UUID parsed = CourtPageParts.uuid(o);
            if (parsed != null) {
                offenceIds.add(parsed);
            }
        }
        return new CourtWork.NewAppearance(
                form.getAppearanceDate().toDate().orElse(null),
                form.getCourtName(),
                Option.chosen(CourtKind.class, form.getCourtKind()),
                Option.chosen(HearingType.class, form.getHearingType()),
                offenceIds,
                Option.chosen(Outcome.class, form.getOutcome()),
                form.getOutcomeDetail(),
                form.getNextHearingDate().toDate().orElse(null),
                form.getInformationToCourt());
    }

    private String appearanceForm(
            AccessibleChild child, CourtAppearance existing, AppearanceForm form, BindingResult binding, Model model) {
        model.addAttribute("child", child.summary());
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("kinds", Option.of(CourtKind.class, CourtKind::label));
        model.addAttribute("hearings", Option.of(HearingType.class, HearingType::label));
        model.addAttribute("outcomes", Option.of(Outcome.class, Outcome::label));
        List<Option> offenceOptions = new ArrayList<>();
        for (Offence o : offences.ofChild(child)) {
            offenceOptions.add(new Option(
                    o.id().toString(),
                    DATE.format(o.offenceDate()) + ": " + o.category().label() + " – " + o.description()));
        }
        model.addAttribute("offences", offenceOptions);
        FormErrors.show(binding, AppearanceForm.FIELD_ORDER, Set.of("appearanceDate", "nextHearingDate"), model);
        return "court/appearance-form";
    }

    private String remandForm(CourtAppearance a, RemandForm form, BindingResult binding, Model model) {
        model.addAttribute("child", children.accessible(a.childId()).summary());
        model.addAttribute("appearance", a);
        model.addAttribute("form", form);
        List<Option> decisions = new ArrayList<>();
        for (RemandOrBail d : RemandOrBail.values()) {
            if (d.outcome() == a.outcome()) {
                decisions.add(new Option(d.name(), d.label()));
            }
        }
        model.addAttribute("decisions", decisions);
        model.addAttribute("establishments", Option.of(EstablishmentType.class, EstablishmentType::label));
        FormErrors.show(binding, RemandForm.FIELD_ORDER, Set.of(), model);
        return "court/remand-form";
    }
}
