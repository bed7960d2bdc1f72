package org.desist.parenting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.parenting.Parenting;
import org.desist.parenting.ParentingDecision;
import org.desist.parenting.ParentingPrompt;
import org.desist.parenting.ParentingTrigger;
import org.desist.parenting.ParentingWorkKind;
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
 * The child's parenting page (reached from the Social care tab) and its question pages: another agency's
 * assessment, the decision on a prompt, and parenting work. Every page works without JavaScript.
 */
@Controller
class ParentingPages {

    private final Parenting parenting;
    private final ChildRecords children;
    private final RecordHeader header;

    ParentingPages(Parenting parenting, ChildRecords children, RecordHeader header) {
        this.parenting = parenting;
        this.children = children;
        this.header = header;
    }

    @GetMapping("/children/{id}/parenting")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    String page(@PathVariable UUID id, Model model) {
        header.addTo(model, id, "social-care");
        model.addAttribute("record", parenting.of(children.accessible(id)));
        return "parenting/parenting";
    }

    // Another agency's assessment -------------------------------------------------------------------------

    @GetMapping("/children/{id}/parenting/assessments/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newAssessment(@PathVariable UUID id, Model model) {
        return assessmentPage(id, new OtherAssessmentForm(), null, model);
    }

    @PostMapping("/children/{id}/parenting/assessments")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordAssessment(
            @PathVariable UUID id,
            @ModelAttribute("form") OtherAssessmentForm form,
            BindingResult binding,
            Model model) {
        LocalDate completedOn =
                FormErrors.date(form.getCompletedOn(), "completedOn", "the date the assessment was completed", binding);
        try {
            Optional<ParentingPrompt> prompt = parenting.recordOtherAssessment(
                    children.responsibleChild(id),
                    Option.chosen(ParentingTrigger.class, form.getKind()),
                    completedOn,
                    form.getUnmetParentingNeed() == null
                                    || form.getUnmetParentingNeed().isBlank()
                            ? null
                            : Boolean.valueOf(form.getUnmetParentingNeed()));
            return "redirect:/children/" + id + "/parenting?" + (prompt.isPresent() ? "prompted" : "noPrompt");
        } catch (InvalidRequestException e) {
            FormErrors.reject(e, OtherAssessmentForm.FIELD_ORDER, binding);
        }
        return assessmentPage(id, form, binding, model);
    }

    private String assessmentPage(UUID id, OtherAssessmentForm form, BindingResult binding, Model model) {
        header.addTo(model, id, "social-care");
        model.addAttribute(
                "kinds",
                List.of(
                        new Option(ParentingTrigger.EARLY_HELP.name(), "Early-help assessment"),
                        new Option(ParentingTrigger.CAMHS.name(), "CAMHS assessment")));
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        model.addAttribute("recentMonths", parenting.recentMonths());
        return form(
                form,
                binding,
                OtherAssessmentForm.FIELD_ORDER,
                OtherAssessmentForm.DATE_FIELDS,
                model,
                "parenting/assessment-form");
    }

    // Decision -------------------------------------------------------------------------------------------

    @GetMapping("/parenting-prompts/{promptId}/decision")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newDecision(@PathVariable UUID promptId, Model model) {
        ParentingPrompt prompt = parenting.prompt(promptId);
        DecisionForm form = new DecisionForm();
        form.setVersion(prompt.version());
        return decisionPage(prompt, form, null, model);
    }

    @PostMapping("/parenting-prompts/{promptId}/decision")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String decide(
            @PathVariable UUID promptId,
            @ModelAttribute("form") DecisionForm form,
            BindingResult binding,
            Model model) {
        ParentingPrompt prompt = parenting.prompt(promptId);
        return FormSubmission.submit(
                () -> {
                    parenting.decide(
                            promptId,
                            form.getVersion(),
                            Option.chosen(ParentingDecision.class, form.getDecision()),
                            form.getReason());
                    return "redirect:/children/" + prompt.childId() + "/parenting?decided";
                },
                DecisionForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> decisionPage(parenting.prompt(promptId), form, binding, model));
    }

    private String decisionPage(ParentingPrompt prompt, DecisionForm form, BindingResult binding, Model model) {
        header.addTo(model, prompt.childId(), "social-care");
        model.addAttribute("prompt", prompt);
        model.addAttribute("decisions", Option.of(ParentingDecision.class, ParentingDecision::label));
        return form(form, binding, DecisionForm.FIELD_ORDER, Set.of(), model, "parenting/decision-form");
    }

    // Parenting work ---------------------------------------------------------------------------------------

    @GetMapping("/children/{id}/parenting/work/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newWork(@PathVariable UUID id, Model model) {
        return workPage(id, new WorkForm(), null, model);
    }

    @PostMapping("/children/{id}/parenting/work")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordWork(
            @PathVariable UUID id, @ModelAttribute("form") WorkForm form, BindingResult binding, Model model) {
        LocalDate starts = FormErrors.date(form.getStartsOn(), "startsOn", "the date it starts", binding);
        LocalDate ends = form.getEndsOn() == null || form.getEndsOn().isBlank()
                ? null
                : FormErrors.date(form.getEndsOn(), "endsOn", "the date it ends", binding);
        if (!binding.hasErrors()) {
            try {
                parenting.recordWork(
                        children.responsibleChild(id),
                        new Parenting.NewWork(
                                Option.chosen(ParentingWorkKind.class, form.getKind()),
                                starts,
                                ends,
                                form.getTerms(),
                                form.getParentingWorker(),
                                form.getAgencyRoles()));
                return "redirect:/children/" + id + "/parenting?work";
            } catch (InvalidRequestException e) {
                FormErrors.reject(e, WorkForm.FIELD_ORDER, binding);
            }
        }
        return workPage(id, form, binding, model);
    }

    private String workPage(UUID id, WorkForm form, BindingResult binding, Model model) {
        header.addTo(model, id, "social-care");
        model.addAttribute("kinds", Option.of(ParentingWorkKind.class, ParentingWorkKind::label));
        return form(form, binding, WorkForm.FIELD_ORDER, WorkForm.DATE_FIELDS, model, "parenting/work-form");
    }

    private static String form(
            Object form, BindingResult binding, List<String> fields, Set<String> dateFields, Model model, String view) {
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dateFields, model);
        return view;
    }
}
