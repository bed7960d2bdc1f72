package org.desist.escalation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.escalation.Escalation;
import org.desist.escalation.EscalationKind;
import org.desist.escalation.EscalationRules;
import org.desist.escalation.Escalations;
import org.desist.escalation.RaisingService;
import org.desist.platform.InvalidRequestException;
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
 * Disagreements and escalation on a child's case (reached from the child's "Social care" tab): raising one,
 * its page with each step's history, escalating it a level and resolving it; and the service-wide list of open
 * escalations for managers, stalled ones first.
 */
@Controller
class EscalationPages {

    private final Escalations escalations;
    private final ChildRecords children;
    private final RecordHeader header;

    EscalationPages(Escalations escalations, ChildRecords children, RecordHeader header) {
        this.escalations = escalations;
        this.children = children;
        this.header = header;
    }

    @GetMapping("/escalations")
    @PreAuthorize("hasAuthority('TEAM_CASELOAD')")
    String list(Model model) {
        model.addAttribute("open", escalations.openInYourServices());
        return "escalation/list";
    }

    @GetMapping("/children/{id}/escalations/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newEscalation(@PathVariable UUID id, Model model) {
        return raisePage(id, new RaiseForm(), null, model);
    }

    @PostMapping("/children/{id}/escalations")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String raise(@PathVariable UUID id, @ModelAttribute("form") RaiseForm form, BindingResult binding, Model model) {
        LocalDate raisedOn = FormErrors.date(form.getRaisedOn(), "raisedOn", "the date it was raised", binding);
        EscalationRules.Raise raise = new EscalationRules.Raise(
                Option.chosen(EscalationKind.class, form.getKind()),
                form.getAbout(),
                Option.chosen(RaisingService.class, form.getRaisedBy()),
                raisedOn,
                form.getHolder());
        if (binding.hasErrors()) {
            // A date that cannot be read is reported with everything else still missing, not on its own.
            alsoMissing(EscalationRules.raising(raise, LocalDate.MAX, null), binding);
        } else {
            try {
                Escalation raised = escalations.raise(children.responsibleChild(id), raise);
                return "redirect:/children/" + id + "/escalations/" + raised.id() + "?raised";
            } catch (InvalidRequestException e) {
                FormErrors.reject(e, RaiseForm.FIELD_ORDER, binding);
            }
        }
        return raisePage(id, form, binding, model);
    }

    @GetMapping("/children/{id}/escalations/{escalation}")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    String show(@PathVariable UUID id, @PathVariable UUID escalation, Model model) {
        header.addTo(model, id, "social-care");
        model.addAttribute("e", escalations.viewed(children.accessible(id), escalation));
        return "escalation/show";
    }

    @GetMapping("/children/{id}/escalations/{escalation}/escalate")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String escalateForm(@PathVariable UUID id, @PathVariable UUID escalation, Model model) {
        return stepPage(id, escalation, true, blank(id, escalation), null, model);
    }

    @PostMapping("/children/{id}/escalations/{escalation}/escalate")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String escalate(
            @PathVariable UUID id,
            @PathVariable UUID escalation,
            @ModelAttribute("form") StepForm form,
            BindingResult binding,
            Model model) {
        return endStep(id, escalation, true, form, binding, model);
    }

    @GetMapping("/children/{id}/escalations/{escalation}/resolve")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String resolveForm(@PathVariable UUID id, @PathVariable UUID escalation, Model model) {
        return stepPage(id, escalation, false, blank(id, escalation), null, model);
    }

    @PostMapping("/children/{id}/escalations/{escalation}/resolve")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String resolve(
            @PathVariable UUID id,
            @PathVariable UUID escalation,
            @ModelAttribute("form") StepForm form,
            BindingResult binding,
            Model model) {
        return endStep(id, escalation, false, form, binding, model);
    }

    private String endStep(UUID id, UUID escalation, boolean up, StepForm form, BindingResult binding, Model model) {
        String what = up ? "the date it was escalated" : "the date it was resolved";
        LocalDate on = FormErrors.date(form.getOn(), "on", what, binding);
        if (binding.hasErrors()) {
            Escalation e = escalations.ofChild(children.accessible(id)).stream()
                    .filter(x -> x.id().equals(escalation))
                    .findFirst()
                    .orElseThrow();
            alsoMissing(
                    up
                            ? EscalationRules.escalating(
                                    new EscalationRules.Escalate(form.getOutcome(), on, form.getHolder()),
                                    e.level(),
                                    LocalDate.MIN,
                                    LocalDate.MAX,
                                    escalations.ladder())
                            : EscalationRules.resolving(
                                    new EscalationRules.Resolve(form.getOutcome(), on), LocalDate.MIN, LocalDate.MAX),
                    binding);
        }
        return FormSubmission.submit(
                () -> {
                    if (up) {
                        escalations.escalate(
                                children.responsibleChild(id),
                                escalation,
                                form.getVersion(),
                                new EscalationRules.Escalate(form.getOutcome(), on, form.getHolder()));
                        return "redirect:/children/" + id + "/escalations/" + escalation + "?escalated";
                    }
                    escalations.resolve(
                            children.responsibleChild(id),
                            escalation,
                            form.getVersion(),
                            new EscalationRules.Resolve(form.getOutcome(), on));
                    return "redirect:/children/" + id + "/escalations/" + escalation + "?resolved";
                },
                StepForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> stepPage(id, escalation, up, form, binding, model));
    }

    private StepForm blank(UUID id, UUID escalation) {
        StepForm form = new StepForm();
        form.setVersion(escalations.viewed(children.accessible(id), escalation).version());
        return form;
    }

    private String raisePage(UUID id, RaiseForm form, BindingResult binding, Model model) {
        header.addTo(model, id, "social-care");
        model.addAttribute("kinds", Option.of(EscalationKind.class, EscalationKind::label));
        model.addAttribute("services", Option.of(RaisingService.class, RaisingService::label));
        model.addAttribute("firstLevel", escalations.ladder().roleAt(1));
        return formPage(form, binding, RaiseForm.FIELD_ORDER, RaiseForm.DATE_FIELDS, "escalation/raise-form", model);
    }

    private String stepPage(UUID id, UUID escalation, boolean up, StepForm form, BindingResult binding, Model model) {
        header.addTo(model, id, "social-care");
        Escalation e = escalations.ofChild(children.accessible(id)).stream()
                .filter(x -> x.id().equals(escalation))
                .findFirst()
                .orElseThrow(() -> new org.desist.platform.NotFoundException("No escalation " + escalation));
        if (!e.open() || (up && !e.canEscalate())) {
            throw new org.desist.platform.NotFoundException(
                    "Escalation " + escalation + " cannot be " + (up ? "escalated" : "resolved"));
        }
        model.addAttribute("e", e);
        model.addAttribute("up", up);
        return formPage(form, binding, StepForm.FIELD_ORDER, StepForm.DATE_FIELDS, "escalation/step-form", model);
    }

    private static String formPage(
            Object form, BindingResult binding, List<String> fields, Set<String> dates, String template, Model model) {
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dates, model);
        return template;
    }

    private static void alsoMissing(java.util.Map<String, String> problems, BindingResult binding) {
        problems.forEach((field, message) -> {
            if (!binding.hasFieldErrors(field) && !message.contains("today or in the past")) {
                binding.rejectValue(field, "invalid", message);
            }
        });
    }
}
