package org.desist.court.web;

import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildHeading;
import org.desist.child.ChildRecords;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtWork;
import org.desist.court.Sentence;
import org.desist.court.SentenceType;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The question page of the sentence made at a "sentenced" appearance (it starts the intervention). */
@Controller
class SentencePages {

    private final CourtWork court;
    private final ChildRecords children;
    private final Directory directory;

    SentencePages(CourtWork court, ChildRecords children, Directory directory) {
        this.court = court;
        this.children = children;
        this.directory = directory;
    }

    @GetMapping("/court-appearances/{id}/sentence")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String sentence(@PathVariable UUID id, Model model) {
        CourtAppearance a = court.appearance(id);
        SentenceForm form = new SentenceForm();
        ChildHeading header = children.heading(a.childId());
        if (header.caseManagerId() != null) {
            form.setCaseManagerId(header.caseManagerId().toString());
        }
        return sentenceForm(a, form, null, model);
    }

    @PostMapping("/court-appearances/{id}/sentence")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordSentence(
            @PathVariable UUID id, @ModelAttribute("form") SentenceForm form, BindingResult binding, Model model) {
        CourtAppearance a = court.appearance(id);
        Integer length = null;
        if (form.getLengthMonths() != null && !form.getLengthMonths().isBlank()) {
            try {
                length = Integer.valueOf(form.getLengthMonths().trim());
            } catch (NumberFormatException e) {
                binding.rejectValue("lengthMonths", "invalid", "The length must be a whole number of months");
            }
        }
        if (!form.getEndDate().isBlank()) {
            form.getEndDate().problem("the end date").ifPresent(p -> binding.rejectValue("endDate", "invalid", p));
        }
        Integer lengthMonths = length;
        return FormSubmission.submit(
                () -> {
                    Sentence sentence = court.recordSentence(
                            id,
                            new CourtWork.NewSentence(
                                    Option.chosen(SentenceType.class, form.getType()),
                                    null,
                                    form.getEndDate().toDate().orElse(null),
                                    lengthMonths,
                                    CourtPageParts.uuid(form.getCaseManagerId())));
                    return "redirect:/children/" + a.childId() + "/court?sentenced"
                            + (sentence.withoutReport() ? "&withoutReport" : "");
                },
                SentenceForm.FIELD_ORDER,
                binding,
                model,
                null,
                () -> sentenceForm(a, form, binding, model));
    }

    private String sentenceForm(CourtAppearance a, SentenceForm form, BindingResult binding, Model model) {
        AccessibleChild child = children.accessible(a.childId());
        model.addAttribute("child", child.summary());
        model.addAttribute("appearance", a);
        model.addAttribute("form", form);
        model.addAttribute("types", Option.of(SentenceType.class, SentenceType::label));
        model.addAttribute("caseManagers", CourtPageParts.staffOptions(directory, child));
        model.addAttribute("reportInTheProceedings", court.reportInTheProceedings(a.id()));
        FormErrors.show(binding, SentenceForm.FIELD_ORDER, Set.of("endDate"), model);
        return "court/sentence-form";
    }
}
