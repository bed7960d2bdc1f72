package org.desist.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.assessment.EarlierAssessment;
import org.desist.assessment.HarmTo;
import org.desist.assessment.Likelihood;
import org.desist.assessment.Source;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.Dates;
import org.desist.platform.web.FormErrors;
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
 * Recording an assessment completed before the case came into Desist (e.g. in AssetPlus): one question page, then
 * the assessment's summary, which says it was recorded afterwards, when and by whom.
 */
@Controller
class EarlierAssessmentPages {

    private final Assessments assessments;
    private final Interventions interventions;
    private final ChildRecords children;
    private final Clock clock;
    private final Dates dates;

    EarlierAssessmentPages(
            Assessments assessments, Interventions interventions, ChildRecords children, Clock clock, Dates dates) {
        this.dates = dates;
        this.assessments = assessments;
        this.interventions = interventions;
        this.children = children;
        this.clock = clock;
    }

    @GetMapping("/interventions/{id}/assessment/earlier")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String form(@PathVariable UUID id, Model model) {
        EarlierAssessmentForm form = new EarlierAssessmentForm();
        form.setCompletedIn("AssetPlus in the previous case management system");
        return page(interventions.get(id), form, null, model);
    }

    @PostMapping("/interventions/{id}/assessment/earlier")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String record(
            @PathVariable UUID id,
            @ModelAttribute("form") EarlierAssessmentForm form,
            BindingResult binding,
            Model model) {
        Intervention intervention = interventions.get(id);
        LocalDate submitted =
                FormErrors.date(form.getSubmittedOn(), "submittedOn", "the date it was submitted", binding);
        LocalDate countersigned =
                form.getCountersignedOn() == null || form.getCountersignedOn().isBlank()
                        ? null
                        : FormErrors.date(
                                form.getCountersignedOn(), "countersignedOn", "the date it was countersigned", binding);
        EarlierAssessment earlier = new EarlierAssessment(
                submitted,
                form.getCompletedBy(),
                form.getCompletedIn(),
                countersigned,
                form.getCountersignedBy(),
                form.details());
        if (binding.hasErrors()) {
            // A date that could not be read: nothing is saved; the other answers' problems are shown with it.
            FormErrors.reject(
                    new InvalidRequestException(earlier.problems(
                            LocalDate.now(clock),
                            intervention.startDate(),
                            children.visible(intervention.childId()).dateOfBirth())),
                    EarlierAssessmentForm.FIELD_ORDER,
                    binding);
        } else {
            try {
                assessments.recordEarlier(id, earlier);
                return "redirect:/interventions/" + id + "/assessment?recorded";
            } catch (InvalidRequestException e) {
                FormErrors.reject(e, EarlierAssessmentForm.FIELD_ORDER, binding);
            }
        }
        return page(intervention, form, binding, model);
    }

    private String page(Intervention intervention, EarlierAssessmentForm form, BindingResult binding, Model model) {
        model.addAttribute("child", children.visible(intervention.childId()));
        model.addAttribute("i", intervention);
        model.addAttribute("form", form);
        model.addAttribute(
                "submittedHint",
                "On or after the intervention started (" + dates.date(intervention.startDate())
                        + "). For example, 14 9 2026");
        model.addAttribute("likelihoods", Option.of(Likelihood.class, Likelihood::label));
        model.addAttribute("classifications", Option.of(Classification.class, Classification::label));
        model.addAttribute("harmTo", Option.of(HarmTo.class, HarmTo::label));
        model.addAttribute("sources", Option.of(Source.class, Source::label));
        FormErrors.show(binding, EarlierAssessmentForm.FIELD_ORDER, EarlierAssessmentForm.DATE_FIELDS, model);
        return "assessment/earlier";
    }
}
