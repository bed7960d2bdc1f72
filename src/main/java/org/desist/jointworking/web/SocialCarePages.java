package org.desist.jointworking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.jointworking.CustodyAndCareLeaving;
import org.desist.jointworking.JointDuties;
import org.desist.jointworking.JointDuty;
import org.desist.jointworking.JointDutyRules;
import org.desist.jointworking.LookedAfterEvent;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.jointworking.LookedAfterStatusCheck;
import org.desist.jointworking.OutOfBoroughNotifications;
import org.desist.jointworking.SharedCases;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.Option;
import org.desist.security.Agency;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The child's "Social care" tab: the looked-after status and care-leaver category computed from the recorded
 * history (with the reasoning), the history itself, and the joint-protocol duties with the service that owns
 * each; question pages to record an event of the history and a duty done.
 */
@Controller
class SocialCarePages {

    private final LookedAfterRecords lookedAfter;
    private final JointDuties duties;
    private final RecordHeader header;
    private final CustodyAndCareLeaving custody;
    private final OutOfBoroughNotifications outOfBorough;
    private final SharedCases sharedCases;
    private final ChildRecords children;
    private final LookedAfterStatusCheck statusCheck;

    SocialCarePages(
            LookedAfterRecords lookedAfter,
            JointDuties duties,
            RecordHeader header,
            CustodyAndCareLeaving custody,
            OutOfBoroughNotifications outOfBorough,
            SharedCases sharedCases,
            ChildRecords children,
            LookedAfterStatusCheck statusCheck) {
        this.lookedAfter = lookedAfter;
        this.duties = duties;
        this.header = header;
        this.custody = custody;
        this.outOfBorough = outOfBorough;
        this.sharedCases = sharedCases;
        this.children = children;
        this.statusCheck = statusCheck;
    }

    @GetMapping("/children/{id}/social-care")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    String tab(@PathVariable UUID id, Model model) {
        header.addTo(model, id, "social-care");
        AccessibleChild child = children.accessible(id);
        // The sections other modules render (escalations, liaison) ask their module for this child.
        model.addAttribute("accessibleChild", child);
        model.addAttribute("lookedAfterMismatch", statusCheck.forChild(child));
        model.addAttribute("picture", lookedAfter.picture(child));
        model.addAttribute("duties", duties.of(child));
        model.addAttribute("sentences", custody.sentences(child));
        model.addAttribute("permissions", lookedAfter.permissions(child));
        model.addAttribute("outOfBorough", outOfBorough.of(child));
        model.addAttribute("sharedCase", sharedCases.viewed(child));
        return "jointworking/tab";
    }

    @GetMapping("/children/{id}/social-care/events/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newEvent(@PathVariable UUID id, Model model) {
        return eventPage(id, new EventForm(), null, model);
    }

    @PostMapping("/children/{id}/social-care/events")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordEvent(
            @PathVariable UUID id, @ModelAttribute("form") EventForm form, BindingResult binding, Model model) {
        LocalDate on = FormErrors.date(form.getOccurredOn(), "occurredOn", "the date it happened", binding);
        if (Option.chosen(LookedAfterEvent.Kind.class, form.getKind()) == null) {
            binding.rejectValue("kind", "invalid", "Select what happened");
        }
        if (!binding.hasErrors()) {
            try {
                lookedAfter.record(
                        children.responsibleChild(id),
                        Option.chosen(LookedAfterEvent.Kind.class, form.getKind()),
                        on,
                        form.getNote());
                return "redirect:/children/" + id + "/social-care?recorded";
            } catch (InvalidRequestException e) {
                reject(e, EventForm.FIELD_ORDER, binding);
            }
        }
        return eventPage(id, form, binding, model);
    }

    @GetMapping("/children/{id}/social-care/duties/{item}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newDuty(@PathVariable UUID id, @PathVariable UUID item, Model model) {
        DutyForm form = new DutyForm();
        JointDuty duty = duties.open(children.accessible(id), item).duty();
        if (duty != JointDuty.AUTHORITY_REPRESENTATIVE && duty != JointDuty.CARE_LEAVER_FIRST_VISIT) {
            form.setDoneBy(CurrentUser.require().displayName());
        }
        return dutyPage(id, item, form, null, model);
    }

    @PostMapping("/children/{id}/social-care/duties/{item}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordDuty(
            @PathVariable UUID id,
            @PathVariable UUID item,
            @ModelAttribute("form") DutyForm form,
            BindingResult binding,
            Model model) {
        LocalDate doneOn = FormErrors.date(form.getDoneOn(), "doneOn", "the date it was done", binding);
        LocalDate signedOffOn = form.getSignedOffOn() == null
                        || form.getSignedOffOn().isBlank()
                ? null
                : FormErrors.date(form.getSignedOffOn(), "signedOffOn", "the date the plan was signed off", binding);
        JointDuties.Duty duty = duties.open(children.accessible(id), item);
        boolean representative = duty.duty() == JointDuty.AUTHORITY_REPRESENTATIVE;
        LocalDate iroToldOn = representative
                ? FormErrors.date(form.getIroToldOn(), "iroToldOn", "the date the IRO was told", binding)
                : null;
        JointDutyRules.Done done = new JointDutyRules.Done(
                doneOn,
                form.getDoneBy(),
                form.getHow(),
                checklist(duty.duty(), form.getChecklist()),
                signedOffOn,
                form.isSocialWorkerAtCourt(),
                Option.chosen(Agency.class, form.getAgency()),
                form.isQualifiedSocialWorker(),
                iroToldOn,
                form.isNoAllocatedSocialWorker());
        if (binding.hasErrors()) {
            // A date that cannot be read is reported with everything else still missing, not on its own.
            JointDutyRules.problems(duty.duty(), done, JointDuties.notBefore(duty), LocalDate.MAX, duty.signOffNeeded())
                    .forEach((field, message) -> {
                        if (!DutyForm.DATE_FIELDS.contains(field) && !binding.hasFieldErrors(field)) {
                            binding.rejectValue(field, "invalid", message);
                        }
                    });
        }
        if (!binding.hasErrors()) {
            try {
                duties.recordDone(children.responsibleChild(id), item, done);
                return "redirect:/children/" + id + "/social-care?done";
            } catch (InvalidRequestException e) {
                reject(e, DutyForm.FIELD_ORDER, binding);
            }
        }
        return dutyPage(id, item, form, binding, model);
    }

    private String eventPage(UUID id, EventForm form, BindingResult binding, Model model) {
        header.addTo(model, id, "social-care");
        // Staying looked after at the end of a remand has its own page, with the permission it needs.
        model.addAttribute(
                "kinds",
                Option.of(LookedAfterEvent.Kind.class, LookedAfterEvent.Kind::label).stream()
                        .filter(o -> !o.value().equals(LookedAfterEvent.Kind.REMAND_ENDED_STAYS_LOOKED_AFTER.name()))
                        .toList());
        return formPage(form, binding, EventForm.FIELD_ORDER, EventForm.DATE_FIELDS, "jointworking/event-form", model);
    }

    private String dutyPage(UUID id, UUID item, DutyForm form, BindingResult binding, Model model) {
        header.addTo(model, id, "social-care");
        JointDuties.Duty duty = duties.open(children.accessible(id), item);
        model.addAttribute("duty", duty);
        model.addAttribute("agencies", Option.of(Agency.class, Agency::label));
        // Values are positions, not the text: a single value with a comma would be split when bound to a list.
        List<String> items = duty.duty().checklist();
        model.addAttribute(
                "checklist",
                java.util.stream.IntStream.range(0, items.size())
                        .mapToObj(i -> new Option(String.valueOf(i), items.get(i)))
                        .toList());
        return formPage(form, binding, DutyForm.FIELD_ORDER, DutyForm.DATE_FIELDS, "jointworking/duty-form", model);
    }

    private static String formPage(
            Object form, BindingResult binding, List<String> fields, Set<String> dates, String template, Model model) {
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dates, model);
        return template;
    }

    /** The ticked parts of the duty's checklist, from their positions. */
    private static List<String> checklist(org.desist.jointworking.JointDuty duty, List<String> ticked) {
        List<String> items = duty.checklist();
        return ticked == null
                ? List.of()
                : ticked.stream()
                        .filter(t -> t.matches("\\d{1,2}") && Integer.parseInt(t) < items.size())
                        .map(t -> items.get(Integer.parseInt(t)))
                        .toList();
    }

    private static void reject(InvalidRequestException e, List<String> fields, BindingResult binding) {
        FormErrors.reject(e, fields, binding);
    }
}
