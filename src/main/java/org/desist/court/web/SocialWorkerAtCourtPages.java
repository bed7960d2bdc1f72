package org.desist.court.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.court.Accompaniment;
import org.desist.court.Companion;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtDateMethod;
import org.desist.court.CourtWork;
import org.desist.court.SocialWorkerAtCourt;
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
 * The question pages for the social worker and a court appearance (the joint protocol between children's social
 * care and the YOS): telling the social worker of the next court date, and who accompanied the child.
 */
@Controller
class SocialWorkerAtCourtPages {

    private final CourtWork court;
    private final SocialWorkerAtCourt socialWorker;
    private final ChildRecords children;

    SocialWorkerAtCourtPages(CourtWork court, SocialWorkerAtCourt socialWorker, ChildRecords children) {
        this.court = court;
        this.socialWorker = socialWorker;
        this.children = children;
    }

    @GetMapping("/court-appearances/{id}/court-date-shared")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newCourtDateShared(@PathVariable UUID id, Model model) {
        return courtDatePage(court.appearance(id), new CourtDateSharedForm(), null, model);
    }

    @PostMapping("/court-appearances/{id}/court-date-shared")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordCourtDateShared(
            @PathVariable UUID id,
            @ModelAttribute("form") CourtDateSharedForm form,
            BindingResult binding,
            Model model) {
        CourtAppearance appearance = court.appearance(id);
        LocalDate toldOn = FormErrors.date(form.getToldOn(), "toldOn", "the date the social worker was told", binding);
        try {
            socialWorker.recordCourtDateShared(
                    id,
                    new SocialWorkerAtCourt.NewCourtDateShared(
                            toldOn, Option.chosen(CourtDateMethod.class, form.getToldHow()), form.getToldWho()));
            return "redirect:/children/" + appearance.childId() + "/court?courtDateShared";
        } catch (InvalidRequestException e) {
            FormErrors.reject(e, CourtDateSharedForm.FIELD_ORDER, binding);
        }
        return courtDatePage(appearance, form, binding, model);
    }

    @GetMapping("/court-appearances/{id}/accompanied")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newAccompaniment(@PathVariable UUID id, Model model) {
        CourtAppearance appearance = court.appearance(id);
        AccompanimentForm form = new AccompanimentForm();
        form.setVersion(appearance.version());
        socialWorker.of(id).accompaniment().ifPresent(a -> {
            form.setCompanion(a.companion().name());
            form.setCompanionName(a.name());
            form.setCompanionReason(a.reason());
        });
        return accompanimentPage(appearance, form, null, model);
    }

    @PostMapping("/court-appearances/{id}/accompanied")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordAccompaniment(
            @PathVariable UUID id, @ModelAttribute("form") AccompanimentForm form, BindingResult binding, Model model) {
        CourtAppearance appearance = court.appearance(id);
        return FormSubmission.submit(
                () -> {
                    socialWorker.recordAccompaniment(
                            id,
                            form.getVersion(),
                            new Accompaniment(
                                    Option.chosen(Companion.class, form.getCompanion()),
                                    form.getCompanionName(),
                                    form.getCompanionReason()));
                    return "redirect:/children/" + appearance.childId() + "/court?accompanied";
                },
                AccompanimentForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> accompanimentPage(appearance, form, binding, model));
    }

    private String courtDatePage(
            CourtAppearance appearance, CourtDateSharedForm form, BindingResult binding, Model model) {
        common(appearance, form, binding, model, CourtDateSharedForm.FIELD_ORDER, CourtDateSharedForm.DATE_FIELDS);
        model.addAttribute("methods", Option.of(CourtDateMethod.class, CourtDateMethod::label));
        return "court/court-date-shared-form";
    }

    private String accompanimentPage(
            CourtAppearance appearance, AccompanimentForm form, BindingResult binding, Model model) {
        common(appearance, form, binding, model, AccompanimentForm.FIELD_ORDER, Set.of());
        model.addAttribute("atCourt", socialWorker.of(appearance.id()));
        model.addAttribute("companions", Option.of(Companion.class, Companion::label));
        return "court/accompaniment-form";
    }

    private void common(
            CourtAppearance appearance,
            Object form,
            BindingResult binding,
            Model model,
            java.util.List<String> fields,
            Set<String> dateFields) {
        model.addAttribute("appearance", appearance);
        model.addAttribute("child", children.accessible(appearance.childId()).summary());
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dateFields, model);
    }
}
