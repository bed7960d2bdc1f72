package org.desist.liaison.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.liaison.LiaisonRules;
import org.desist.liaison.SocialCareLiaison;
import org.desist.liaison.SocialCareLiaisons;
import org.desist.order.RequirementType;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.Dates;
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
 * From the child's "Social care" tab: record that a requirement needing social care is being considered for a
 * report to court, and then the liaison with social care before it is proposed.
 */
@Controller
class LiaisonPages {

    private static final Set<RequirementType> NEEDING_SOCIAL_CARE = EnumSet.of(
            RequirementType.RESIDENCE, RequirementType.LOCAL_AUTHORITY_RESIDENCE, RequirementType.INTENSIVE_FOSTERING);

    private final SocialCareLiaisons liaisons;
    private final ChildRecords children;
    private final RecordHeader header;
    private final Dates dates;

    LiaisonPages(SocialCareLiaisons liaisons, ChildRecords children, RecordHeader header, Dates dates) {
        this.liaisons = liaisons;
        this.children = children;
        this.header = header;
        this.dates = dates;
    }

    @GetMapping("/children/{id}/social-care-liaison/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newConsidered(@PathVariable UUID id, Model model) {
        return considerPage(id, new ConsiderForm(), null, model);
    }

    @PostMapping("/children/{id}/social-care-liaison")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String consider(
            @PathVariable UUID id, @ModelAttribute("form") ConsiderForm form, BindingResult binding, Model model) {
        LocalDate on =
                FormErrors.date(form.getConsideredOn(), "consideredOn", "the date it was first considered", binding);
        RequirementType requirement = Option.chosen(RequirementType.class, form.getRequirement());
        UUID report = uuid(form.getReportId());
        if (binding.hasErrors()) {
            LiaisonRules.considering(new LiaisonRules.Considered(requirement, on), report != null, 17, LocalDate.MAX)
                    .forEach((field, message) -> {
                        if (!binding.hasFieldErrors(field)) {
                            binding.rejectValue(field, "invalid", message);
                        }
                    });
        } else {
            try {
                liaisons.consider(children.responsibleChild(id), report, new LiaisonRules.Considered(requirement, on));
                return "redirect:/children/" + id + "/social-care?considered#social-care-liaison";
            } catch (InvalidRequestException e) {
                FormErrors.reject(e, ConsiderForm.FIELD_ORDER, binding);
            }
        }
        return considerPage(id, form, binding, model);
    }

    @GetMapping("/children/{id}/social-care-liaison/{liaison}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newLiaison(@PathVariable UUID id, @PathVariable UUID liaison, Model model) {
        LiaisonForm form = new LiaisonForm();
        form.setVersion(liaisons.get(children.accessible(id), liaison).version());
        return liaisonPage(id, liaison, form, null, model);
    }

    @PostMapping("/children/{id}/social-care-liaison/{liaison}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordLiaison(
            @PathVariable UUID id,
            @PathVariable UUID liaison,
            @ModelAttribute("form") LiaisonForm form,
            BindingResult binding,
            Model model) {
        LocalDate on = FormErrors.date(form.getLiaisedOn(), "liaisedOn", "the date of the liaison", binding);
        LiaisonRules.Liaison l = new LiaisonRules.Liaison(on, form.getContact(), form.getOutcome());
        if (binding.hasErrors()) {
            LiaisonRules.liaising(l, LocalDate.MAX).forEach((field, message) -> {
                if (!binding.hasFieldErrors(field)) {
                    binding.rejectValue(field, "invalid", message);
                }
            });
        }
        return FormSubmission.submit(
                () -> {
                    liaisons.recordLiaison(children.responsibleChild(id), liaison, form.getVersion(), l);
                    return "redirect:/children/" + id + "/social-care?liaised#social-care-liaison";
                },
                LiaisonForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> liaisonPage(id, liaison, form, binding, model));
    }

    private String considerPage(UUID id, ConsiderForm form, BindingResult binding, Model model) {
        header.addTo(model, id, "social-care");
        model.addAttribute(
                "requirements",
                NEEDING_SOCIAL_CARE.stream()
                        .map(t -> new Option(
                                t.name(),
                                t == RequirementType.RESIDENCE ? t.label() + " (a child aged 16 or 17)" : t.label()))
                        .toList());
        model.addAttribute(
                "reports",
                liaisons.openReports(children.accessible(id)).stream()
                        .map(r -> new Option(r.id().toString(), r.type().label() + ", due " + dates.date(r.dueDate())))
                        .toList());
        return formPage(
                form, binding, ConsiderForm.FIELD_ORDER, ConsiderForm.DATE_FIELDS, "liaison/consider-form", model);
    }

    private String liaisonPage(UUID id, UUID liaison, LiaisonForm form, BindingResult binding, Model model) {
        header.addTo(model, id, "social-care");
        SocialCareLiaison l = liaisons.get(children.accessible(id), liaison);
        // Recorded by someone else while this user was typing: the stale panel says who and what, over their answers.
        if (l.done() && !model.containsAttribute("stale")) {
            throw new org.desist.platform.NotFoundException("The liaison " + liaison + " is already recorded");
        }
        model.addAttribute("l", l);
        return formPage(form, binding, LiaisonForm.FIELD_ORDER, LiaisonForm.DATE_FIELDS, "liaison/liaison-form", model);
    }

    private static String formPage(
            Object form, BindingResult binding, List<String> fields, Set<String> dates, String template, Model model) {
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dates, model);
        return template;
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
