package org.desist.jointworking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.jointworking.CustodyAndCareLeaving;
import org.desist.jointworking.CustodyRules;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.jointworking.OutOfBoroughNotifications;
import org.desist.jointworking.OutOfBoroughRules;
import org.desist.jointworking.StayingLookedAfterRules;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Question pages of the Social care tab for the rest of the remand, custody, care-leaver and out-of-borough
 * duties (the joint protocol between children's social care and the YOS): a child staying looked after at the end of a remand, with the permission; a
 * care leaver's expected release; a decision to stop support in custody; a notification of offending out of
 * borough.
 */
@Controller
class CustodyPages {

    private final LookedAfterRecords lookedAfter;
    private final CustodyAndCareLeaving custody;
    private final OutOfBoroughNotifications outOfBorough;
    private final RecordHeader header;
    private final java.time.Clock clock;
    private final ChildRecords children;

    CustodyPages(
            LookedAfterRecords lookedAfter,
            CustodyAndCareLeaving custody,
            OutOfBoroughNotifications outOfBorough,
            RecordHeader header,
            java.time.Clock clock,
            ChildRecords children) {
        this.children = children;
        this.lookedAfter = lookedAfter;
        this.custody = custody;
        this.outOfBorough = outOfBorough;
        this.header = header;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/social-care/remand-end")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newRemandEnd(@PathVariable UUID id, Model model) {
        return page(
                id,
                new RemandEndForm(),
                null,
                RemandEndForm.FIELD_ORDER,
                RemandEndForm.DATE_FIELDS,
                "jointworking/remand-end-form",
                model);
    }

    @PostMapping("/children/{id}/social-care/remand-end")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordRemandEnd(
            @PathVariable UUID id, @ModelAttribute("form") RemandEndForm form, BindingResult binding, Model model) {
        StayingLookedAfterRules.Permission permission = new StayingLookedAfterRules.Permission(
                date(form.getRemandEndedOn(), "remandEndedOn", "the date the remand ended", binding),
                form.getHeadOfService(),
                date(form.getPermissionOn(), "permissionOn", "the date the head of service gave permission", binding),
                date(form.getAssessedOn(), "assessedOn", "the date of the assessment", binding),
                form.getIroName(),
                date(form.getIroOpinionOn(), "iroOpinionOn", "the date of the IRO's opinion", binding),
                form.getIroOpinion());
        if (submit(
                binding,
                RemandEndForm.FIELD_ORDER,
                () -> StayingLookedAfterRules.problems(permission, LocalDate.MAX),
                () -> lookedAfter.remandEndedStayingLookedAfter(children.responsibleChild(id), permission))) {
            return "redirect:/children/" + id + "/social-care?stays";
        }
        return page(
                id,
                form,
                binding,
                RemandEndForm.FIELD_ORDER,
                RemandEndForm.DATE_FIELDS,
                "jointworking/remand-end-form",
                model);
    }

    @GetMapping("/children/{id}/social-care/custody/{intervention}/release")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newRelease(@PathVariable UUID id, @PathVariable UUID intervention, Model model) {
        ReleaseForm form = new ReleaseForm();
        custody.sentence(children.accessible(id), intervention).release().ifPresent(r -> {
            form.setReleaseOn(DateParts.of(r.releaseOn()));
            form.setVersion(r.version());
        });
        return releasePage(id, intervention, form, null, model);
    }

    @PostMapping("/children/{id}/social-care/custody/{intervention}/release")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordRelease(
            @PathVariable UUID id,
            @PathVariable UUID intervention,
            @ModelAttribute("form") ReleaseForm form,
            BindingResult binding,
            Model model) {
        LocalDate on = FormErrors.date(form.getReleaseOn(), "releaseOn", "the expected release date", binding);
        // Someone changed the date first: show what they changed, keep what was typed, save again deliberately.
        return FormSubmission.submit(
                () -> {
                    custody.recordExpectedRelease(children.responsibleChild(id), intervention, on, form.getVersion());
                    return "redirect:/children/" + id + "/social-care?release";
                },
                ReleaseForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> releasePage(id, intervention, form, binding, model));
    }

    @GetMapping("/children/{id}/social-care/custody/{intervention}/stop-support")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newStopSupport(@PathVariable UUID id, @PathVariable UUID intervention, Model model) {
        return stopPage(id, intervention, new StopSupportForm(), null, model);
    }

    @PostMapping("/children/{id}/social-care/custody/{intervention}/stop-support")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordStopSupport(
            @PathVariable UUID id,
            @PathVariable UUID intervention,
            @ModelAttribute("form") StopSupportForm form,
            BindingResult binding,
            Model model) {
        CustodyRules.StopSupport decision = new CustodyRules.StopSupport(
                date(form.getRecommendedOn(), "recommendedOn", "the date of the recommendation", binding),
                form.getReason(),
                form.getSeniorManager(),
                date(form.getAgreedOn(), "agreedOn", "the date the senior manager agreed", binding),
                date(
                        form.getCaseManagerToldOn(),
                        "caseManagerToldOn",
                        "the date the YOS case manager was told",
                        binding),
                date(
                        form.getEstablishmentToldOn(),
                        "establishmentToldOn",
                        "the date the establishment was told",
                        binding),
                date(form.getChildToldOn(), "childToldOn", "the date the child was told", binding),
                date(form.getParentsToldOn(), "parentsToldOn", "the date the parents were told", binding));
        LocalDate sentenced =
                custody.sentence(children.accessible(id), intervention).sentencedOn();
        if (submit(
                binding,
                StopSupportForm.FIELD_ORDER,
                () -> CustodyRules.stopSupportProblems(decision, sentenced, LocalDate.MAX),
                () -> custody.stopSupport(children.responsibleChild(id), intervention, decision))) {
            return "redirect:/children/" + id + "/social-care?stopped";
        }
        return stopPage(id, intervention, form, binding, model);
    }

    @GetMapping("/children/{id}/social-care/out-of-borough")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newOutOfBorough(@PathVariable UUID id, Model model) {
        return page(
                id,
                new OutOfBoroughForm(),
                null,
                OutOfBoroughForm.FIELD_ORDER,
                OutOfBoroughForm.DATE_FIELDS,
                "jointworking/out-of-borough-form",
                model);
    }

    @PostMapping("/children/{id}/social-care/out-of-borough")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordOutOfBorough(
            @PathVariable UUID id, @ModelAttribute("form") OutOfBoroughForm form, BindingResult binding, Model model) {
        OutOfBoroughRules.Notification n = new OutOfBoroughRules.Notification(
                date(form.getKnewOn(), "knewOn", "the date they knew of the offending", binding),
                date(form.getNotifiedOn(), "notifiedOn", "the date they told the YOS", binding),
                form.getNotifiedBy(),
                form.getWhatWasSaid(),
                form.isPsrNeeded());
        if (submit(
                binding,
                OutOfBoroughForm.FIELD_ORDER,
                () -> OutOfBoroughRules.problems(n, LocalDate.MAX),
                () -> outOfBorough.record(children.responsibleChild(id), n))) {
            return "redirect:/children/" + id + "/social-care?notified";
        }
        return page(
                id,
                form,
                binding,
                OutOfBoroughForm.FIELD_ORDER,
                OutOfBoroughForm.DATE_FIELDS,
                "jointworking/out-of-borough-form",
                model);
    }

    private String releasePage(UUID id, UUID intervention, ReleaseForm form, BindingResult binding, Model model) {
        model.addAttribute("sentence", custody.sentence(children.accessible(id), intervention));
        return page(
                id,
                form,
                binding,
                ReleaseForm.FIELD_ORDER,
                ReleaseForm.DATE_FIELDS,
                "jointworking/release-form",
                model);
    }

    private String stopPage(UUID id, UUID intervention, StopSupportForm form, BindingResult binding, Model model) {
        model.addAttribute("sentence", custody.sentence(children.accessible(id), intervention));
        return page(
                id,
                form,
                binding,
                StopSupportForm.FIELD_ORDER,
                StopSupportForm.DATE_FIELDS,
                "jointworking/stop-support-form",
                model);
    }

    /**
     * Saves when every date could be read; otherwise shows those problems with everything else still missing
     * (the rule run on what was typed), so the person sees them all at once.
     */
    private static boolean submit(
            BindingResult binding,
            List<String> fields,
            java.util.function.Supplier<Map<String, String>> rule,
            Runnable save) {
        if (binding.hasErrors()) {
            rule.get().forEach((field, message) -> {
                if (!binding.hasFieldErrors(field)) {
                    binding.rejectValue(field, "invalid", message);
                }
            });
            return false;
        }
        try {
            save.run();
            return true;
        } catch (InvalidRequestException e) {
            FormErrors.reject(e, fields, binding);
            return false;
        }
    }

    /** A date left blank is for the rule to name; one typed wrongly is reported here. */
    private static LocalDate date(DateParts parts, String field, String what, BindingResult binding) {
        return parts == null || parts.isBlank() ? null : FormErrors.date(parts, field, what, binding);
    }

    private String page(
            UUID id,
            Object form,
            BindingResult binding,
            List<String> fields,
            Set<String> dates,
            String template,
            Model model) {
        header.addTo(model, id, "social-care");
        model.addAttribute("form", form);
        model.addAttribute("today", LocalDate.now(clock));
        FormErrors.show(binding, fields, dates, model);
        return template;
    }
}
