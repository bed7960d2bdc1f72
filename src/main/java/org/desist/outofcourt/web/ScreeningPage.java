package org.desist.outofcourt.web;

import static org.desist.outofcourt.web.PageAnswers.date;
import static org.desist.outofcourt.web.PageAnswers.reject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.outofcourt.Referral;
import org.desist.outofcourt.Referral.SpecialistScreening;
import org.desist.outofcourt.SourceConsulted;
import org.desist.outofcourt.SpecialistArea;
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

/** A referral's YOS screening and assessment, with its specialist screenings. */
@Controller
class ScreeningPage {

    private final OutOfCourtDisposals disposals;
    private final ChildRecords children;

    ScreeningPage(OutOfCourtDisposals disposals, ChildRecords children) {
        this.disposals = disposals;
        this.children = children;
    }

    @GetMapping("/out-of-court/{id}/screening")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String screeningForm(@PathVariable UUID id, Model model) {
        Referral referral = disposals.get(id);
        if (referral.screening() != null || referral.withdrawn()) {
            return "redirect:/out-of-court/" + id;
        }
        ScreeningForm form = new ScreeningForm();
        form.setVersion(referral.version());
        return screeningPage(referral, form, null, model);
    }

    @PostMapping("/out-of-court/{id}/screening")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String screening(
            @PathVariable UUID id, @ModelAttribute("form") ScreeningForm form, BindingResult binding, Model model) {
        LocalDate completedOn = date(
                form.getCompletedOn(),
                "completedOn",
                "the date the screening and assessment was completed",
                true,
                binding);
        List<SpecialistScreening> specialists = new ArrayList<>();
        Map<SpecialistArea, SpecialistForm> byArea = new LinkedHashMap<>();
        byArea.put(SpecialistArea.SUBSTANCE_MISUSE, form.getSubstanceMisuse());
        byArea.put(SpecialistArea.MENTAL_HEALTH, form.getMentalHealth());
        byArea.put(SpecialistArea.SPEECH_LANGUAGE_COMMUNICATION, form.getSpeechLanguage());
        byArea.forEach((area, s) -> {
            if (!s.isBlank()) {
                LocalDate on = date(
                        s.getScreenedOn(),
                        area.key() + ".screenedOn",
                        "the date of the " + area.label().toLowerCase() + " screening",
                        true,
                        binding);
                specialists.add(new SpecialistScreening(area, s.getScreenedBy(), on, s.getOutcome()));
            }
        });
        Set<SourceConsulted> sources = EnumSet.noneOf(SourceConsulted.class);
        form.getSources().stream()
                .map(s -> Option.chosen(SourceConsulted.class, s))
                .filter(java.util.Objects::nonNull)
                .forEach(sources::add);
        return FormSubmission.submit(
                () -> {
                    disposals.recordScreening(
                            id,
                            form.getVersion(),
                            new OutOfCourtDisposals.NewScreening(completedOn, form.getSummary(), sources, specialists));
                    return "redirect:/out-of-court/" + id + "?screened";
                },
                e -> reject(e.errors(), form, binding, Map.of()),
                binding,
                model,
                form::setVersion,
                () -> screeningPage(disposals.get(id), form, binding, model));
    }

    private String screeningPage(Referral referral, ScreeningForm form, BindingResult binding, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("child", children.heading(referral.childId()));
        model.addAttribute("form", form);
        model.addAttribute("sourceOptions", Option.of(SourceConsulted.class, SourceConsulted::label));
        FormErrors.show(binding, ScreeningForm.FIELD_ORDER, ScreeningForm.DATE_FIELDS, model);
        return "outofcourt/screening-form";
    }
}
