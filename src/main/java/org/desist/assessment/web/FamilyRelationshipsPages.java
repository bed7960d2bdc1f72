package org.desist.assessment.web;

import java.util.List;
import java.util.UUID;
import org.desist.assessment.Assessment;
import org.desist.assessment.Assessments;
import org.desist.assessment.FamilyRelationships;
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

/** The question page for the family and personal relationships rating of a draft assessment (0 to 4). */
@Controller
class FamilyRelationshipsPages {

    private final Assessments assessments;
    private final FamilyRelationships familyRelationships;

    FamilyRelationshipsPages(Assessments assessments, FamilyRelationships familyRelationships) {
        this.assessments = assessments;
        this.familyRelationships = familyRelationships;
    }

    /** The rating as typed. */
    public static class RatingForm {
        private long version;
        private String familyRelationshipsRating;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getFamilyRelationshipsRating() {
            return familyRelationshipsRating;
        }

        public void setFamilyRelationshipsRating(String familyRelationshipsRating) {
            this.familyRelationshipsRating = familyRelationshipsRating;
        }
    }

    @GetMapping("/assessments/{id}/family-relationships")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String question(@PathVariable UUID id, Model model) {
        Assessment assessment = assessments.get(id);
        RatingForm form = new RatingForm();
        form.setVersion(assessment.version());
        familyRelationships.ratingOf(id).ifPresent(r -> form.setFamilyRelationshipsRating(String.valueOf(r)));
        return page(assessment, form, null, model);
    }

    @PostMapping("/assessments/{id}/family-relationships")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String rate(@PathVariable UUID id, @ModelAttribute("form") RatingForm form, BindingResult binding, Model model) {
        Assessment assessment = assessments.get(id);
        Integer rating = form.getFamilyRelationshipsRating() == null
                        || !form.getFamilyRelationshipsRating().matches("[0-4]")
                ? null
                : Integer.valueOf(form.getFamilyRelationshipsRating());
        return FormSubmission.submit(
                () -> {
                    familyRelationships.rate(id, form.getVersion(), rating);
                    return "redirect:/interventions/" + assessment.interventionId() + "/assessment";
                },
                List.of("familyRelationshipsRating"),
                binding,
                model,
                form::setVersion,
                () -> page(assessment, form, binding, model));
    }

    private static String page(Assessment assessment, RatingForm form, BindingResult binding, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("form", form);
        model.addAttribute(
                "ratings",
                List.of(
                        new Option("0", "0: no concern"),
                        new Option("1", "1"),
                        new Option("2", "2"),
                        new Option("3", "3"),
                        new Option("4", "4: very high concern")));
        FormErrors.show(binding, List.of("familyRelationshipsRating"), java.util.Set.of(), model);
        return "assessment/family-relationships-form";
    }
}
