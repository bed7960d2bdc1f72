package org.desist.jointworking.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.deadline.DueItem;
import org.desist.intervention.Intervention;
import org.desist.jointworking.JointMeetings;
import org.desist.jointworking.LeadProfessional;
import org.desist.jointworking.RoleAgreement;
import org.desist.jointworking.RoleAgreements;
import org.desist.jointworking.SharedCaseRules;
import org.desist.jointworking.SharedCases;
import org.desist.jointworking.SocialCareAllocation;
import org.desist.jointworking.SocialCareAllocations;
import org.desist.jointworking.SocialCareRole;
import org.desist.platform.NotFoundException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Question pages of a shared case, reached from the child's Social care tab: a social worker or personal adviser
 * allocated, the role agreement (with the lead professional), a joint home visit, the joint meeting before
 * closure, and the other service told of a change of worker.
 */
@Controller
class SharedCasePages {

    private final ChildRecords children;
    private final SharedCases sharedCases;
    private final SocialCareAllocations allocations;
    private final RoleAgreements agreements;
    private final JointMeetings meetings;
    private final RecordHeader header;

    SharedCasePages(
            ChildRecords children,
            SharedCases sharedCases,
            SocialCareAllocations allocations,
            RoleAgreements agreements,
            JointMeetings meetings,
            RecordHeader header) {
        this.children = children;
        this.sharedCases = sharedCases;
        this.allocations = allocations;
        this.agreements = agreements;
        this.meetings = meetings;
        this.header = header;
    }

    // ------------------------------------------------------------ allocation

    @GetMapping("/children/{id}/social-care/allocations/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newAllocation(@PathVariable UUID id, @RequestParam(required = false) String role, Model model) {
        AllocationForm form = new AllocationForm();
        SocialCareRole chosen = Option.chosen(SocialCareRole.class, role);
        form.setRole(chosen == null ? SocialCareRole.SOCIAL_WORKER.name() : chosen.name());
        form.setFrom(new DateParts());
        return allocationPage(children.accessible(id), form, null, model);
    }

    @PostMapping("/children/{id}/social-care/allocations")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String allocate(
            @PathVariable UUID id, @ModelAttribute("form") AllocationForm form, BindingResult binding, Model model) {
        LocalDate from = FormErrors.date(form.getFrom(), "from", "the date they were allocated", binding);
        SocialCareRole role = Option.chosen(SocialCareRole.class, form.getRole());
        UUID account = null;
        if (form.getUserAccountId() != null && !form.getUserAccountId().isBlank()) {
            try {
                account = UUID.fromString(form.getUserAccountId());
            } catch (IllegalArgumentException e) {
                binding.rejectValue("userAccountId", "invalid", "Select an account, or none");
            }
        }
        var allocation = new SharedCaseRules.NewAllocation(
                role, form.getName(), form.getTeam(), form.getPhone(), form.getEmail(), from, account);
        AccessibleChild child = children.responsibleChild(id);
        if (binding.hasErrors()) {
            SharedCases.View view = sharedCases.view(child);
            SharedCaseRules.allocationProblems(allocation, null, view.careLeaver(), LocalDate.MAX, true)
                    .forEach((field, message) -> addUnlessThere(binding, field, message, AllocationForm.DATE_FIELDS));
        }
        return FormSubmission.submit(
                () -> {
                    allocations.allocate(child, allocation, form.versionSeenOf(role));
                    return "redirect:/children/" + id + "/social-care?allocated#shared-case";
                },
                AllocationForm.FIELD_ORDER,
                binding,
                model,
                current -> seen(form, sharedCases.view(child)),
                () -> allocationPage(child, form, binding, model));
    }

    private String allocationPage(AccessibleChild child, AllocationForm form, BindingResult binding, Model model) {
        header.addTo(model, child.id(), "social-care");
        SharedCases.View view = sharedCases.view(child);
        SocialCareRole role = Option.chosen(SocialCareRole.class, form.getRole());
        SocialCareAllocation current = role == SocialCareRole.PERSONAL_ADVISER
                ? view.personalAdviser().orElse(null)
                : view.socialWorker().orElse(null);
        if (binding == null) {
            seen(form, view);
        }
        model.addAttribute("current", current);
        model.addAttribute("roles", Option.of(SocialCareRole.class, SocialCareRole::label));
        List<Option> accounts = new ArrayList<>();
        accounts.add(new Option("", "None: they do not use Desist"));
        sharedCases
                .socialCareStaff(child)
                .forEach(s -> accounts.add(new Option(
                        s.id().toString(), s.displayName() + (s.jobTitle() == null ? "" : ", " + s.jobTitle()))));
        model.addAttribute("accounts", accounts);
        return formPage(
                form,
                binding,
                AllocationForm.FIELD_ORDER,
                AllocationForm.DATE_FIELDS,
                "jointworking/allocation-form",
                model);
    }

    /** The versions of the current allocations the person is looking at, for optimistic locking. */
    private static void seen(AllocationForm form, SharedCases.View view) {
        form.setSocialWorkerVersion(
                view.socialWorker().map(SocialCareAllocation::version).orElse(null));
        form.setPersonalAdviserVersion(
                view.personalAdviser().map(SocialCareAllocation::version).orElse(null));
    }

    // ------------------------------------------------------------ role agreement

    @GetMapping("/children/{id}/social-care/role-agreement/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newAgreement(@PathVariable UUID id, Model model) {
        AccessibleChild child = children.accessible(id);
        SharedCases.View view = sharedCases.view(child);
        AgreementForm form = new AgreementForm();
        RoleAgreement current = view.agreement().orElse(null);
        if (current != null) {
            form.setResponsibilities(current.responsibilities());
            form.setRoles(current.roles());
            form.setContactFrequency(current.contactFrequency());
            form.setContactMeans(current.contactMeans());
            form.setLeadProfessional(current.leadProfessional().name());
            form.setLeadProfessionalOther(current.leadProfessionalOther());
        } else {
            SharedCaseRules.defaultLead(view.lookedAfter()).ifPresent(l -> form.setLeadProfessional(l.name()));
        }
        form.setYosWorker(CurrentUser.require().displayName());
        view.socialWorker().ifPresent(a -> form.setSocialWorker(a.name()));
        view.personalAdviser().ifPresent(a -> form.setPersonalAdviser(a.name()));
        return agreementPage(child, form, null, model);
    }

    @PostMapping("/children/{id}/social-care/role-agreement")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String agree(
            @PathVariable UUID id, @ModelAttribute("form") AgreementForm form, BindingResult binding, Model model) {
        LocalDate agreedOn = FormErrors.date(form.getAgreedOn(), "agreedOn", "the date it was agreed", binding);
        LocalDate told = optionalDate(form.getChildToldOn(), "childToldOn", "the date the child was told", binding);
        var agreement = new SharedCaseRules.Agreement(
                form.getResponsibilities(),
                form.getRoles(),
                form.getContactFrequency(),
                form.getContactMeans(),
                agreedOn,
                form.getYosWorker(),
                form.getSocialWorker(),
                form.getPersonalAdviser(),
                Option.chosen(LeadProfessional.class, form.getLeadProfessional()),
                form.getLeadProfessionalOther(),
                told);
        AccessibleChild child = children.responsibleChild(id);
        if (binding.hasErrors()) {
            SharedCases.View view = sharedCases.view(child);
            SharedCaseRules.agreementProblems(
                            agreement, view.socialWorker().isPresent(), view.careLeaver(), LocalDate.MAX)
                    .forEach((field, message) -> addUnlessThere(binding, field, message, AgreementForm.DATE_FIELDS));
        }
        return FormSubmission.submit(
                () -> {
                    agreements.agree(child, agreement, form.getCurrentVersion());
                    return "redirect:/children/" + id + "/social-care?agreed#shared-case";
                },
                AgreementForm.FIELD_ORDER,
                binding,
                model,
                current -> form.setCurrentVersion(sharedCases
                        .view(child)
                        .agreement()
                        .map(RoleAgreement::version)
                        .orElse(null)),
                () -> agreementPage(child, form, binding, model));
    }

    private String agreementPage(AccessibleChild child, AgreementForm form, BindingResult binding, Model model) {
        header.addTo(model, child.id(), "social-care");
        SharedCases.View view = sharedCases.view(child);
        if (binding == null) {
            form.setCurrentVersion(view.agreement().map(RoleAgreement::version).orElse(null));
        }
        model.addAttribute("view", view);
        model.addAttribute("leads", Option.of(LeadProfessional.class, LeadProfessional::label));
        return formPage(
                form,
                binding,
                AgreementForm.FIELD_ORDER,
                AgreementForm.DATE_FIELDS,
                "jointworking/agreement-form",
                model);
    }

    // ------------------------------------------------------------ joint home visit and closure meeting

    @GetMapping("/children/{id}/social-care/joint-home-visits/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newVisit(@PathVariable UUID id, Model model) {
        MeetingForm form = new MeetingForm();
        form.setYosAttendees(CurrentUser.require().displayName());
        AccessibleChild child = children.accessible(id);
        sharedCases.view(child).socialWorker().ifPresent(a -> form.setSocialCareAttendees(a.name()));
        return meetingPage(child, null, form, null, model);
    }

    @PostMapping("/children/{id}/social-care/joint-home-visits")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordVisit(
            @PathVariable UUID id, @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model) {
        return meeting(id, null, form, binding, model);
    }

    @GetMapping("/children/{id}/social-care/closure-meetings/{intervention}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newClosureMeeting(@PathVariable UUID id, @PathVariable UUID intervention, Model model) {
        MeetingForm form = new MeetingForm();
        form.setYosAttendees(CurrentUser.require().displayName());
        AccessibleChild child = children.accessible(id);
        sharedCases.view(child).socialWorker().ifPresent(a -> form.setSocialCareAttendees(a.name()));
        return meetingPage(child, intervention, form, null, model);
    }

    @PostMapping("/children/{id}/social-care/closure-meetings/{intervention}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordClosureMeeting(
            @PathVariable UUID id,
            @PathVariable UUID intervention,
            @ModelAttribute("form") MeetingForm form,
            BindingResult binding,
            Model model) {
        return meeting(id, intervention, form, binding, model);
    }

    private String meeting(UUID id, UUID intervention, MeetingForm form, BindingResult binding, Model model) {
        LocalDate on = FormErrors.date(form.getOn(), "on", "the date", binding);
        var meeting = new SharedCaseRules.JointMeeting(
                on, form.getYosAttendees(), form.getSocialCareAttendees(), form.getNote());
        AccessibleChild child = children.responsibleChild(id);
        if (binding.hasErrors()) {
            SharedCaseRules.visitProblems(meeting, intervention != null, LocalDate.MAX)
                    .forEach((field, message) -> addUnlessThere(binding, field, message, MeetingForm.DATE_FIELDS));
        }
        return FormSubmission.submit(
                () -> {
                    if (intervention == null) {
                        meetings.recordHomeVisit(child, meeting);
                        return "redirect:/children/" + id + "/social-care?visited#shared-case";
                    }
                    meetings.recordClosureMeeting(child, intervention, meeting);
                    return "redirect:/children/" + id + "/social-care?met#shared-case";
                },
                MeetingForm.FIELD_ORDER,
                binding,
                model,
                null,
                () -> meetingPage(child, intervention, form, binding, model));
    }

    private String meetingPage(
            AccessibleChild child, UUID intervention, MeetingForm form, BindingResult binding, Model model) {
        header.addTo(model, child.id(), "social-care");
        if (intervention != null) {
            Intervention work = sharedCases.view(child).inProgress().stream()
                    .filter(i -> i.id().equals(intervention))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("No intervention in progress " + intervention));
            model.addAttribute("work", work);
        }
        model.addAttribute("closure", intervention != null);
        return formPage(
                form, binding, MeetingForm.FIELD_ORDER, MeetingForm.DATE_FIELDS, "jointworking/meeting-form", model);
    }

    // ------------------------------------------------------------ the other service told of a change

    @GetMapping("/children/{id}/social-care/notifications/{item}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newTold(@PathVariable UUID id, @PathVariable UUID item, Model model) {
        return toldPage(children.accessible(id), item, new ToldForm(), null, model);
    }

    @PostMapping("/children/{id}/social-care/notifications/{item}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordTold(
            @PathVariable UUID id,
            @PathVariable UUID item,
            @ModelAttribute("form") ToldForm form,
            BindingResult binding,
            Model model) {
        LocalDate on = FormErrors.date(form.getOn(), "on", "the date they were told", binding);
        var told = new SharedCaseRules.Told(on, form.getWhom(), form.getHow());
        AccessibleChild child = children.responsibleChild(id);
        if (binding.hasErrors()) {
            SharedCaseRules.toldProblems(told, LocalDate.MIN, LocalDate.MAX)
                    .forEach((field, message) -> addUnlessThere(binding, field, message, ToldForm.DATE_FIELDS));
        }
        return FormSubmission.submit(
                () -> {
                    meetings.recordTold(child, item, told);
                    return "redirect:/children/" + id + "/social-care?told#shared-case";
                },
                ToldForm.FIELD_ORDER,
                binding,
                model,
                null,
                () -> toldPage(child, item, form, binding, model));
    }

    private String toldPage(AccessibleChild child, UUID item, ToldForm form, BindingResult binding, Model model) {
        header.addTo(model, child.id(), "social-care");
        DueItem due = meetings.openNotification(child, item);
        model.addAttribute("item", due);
        return formPage(form, binding, ToldForm.FIELD_ORDER, ToldForm.DATE_FIELDS, "jointworking/told-form", model);
    }

    // ------------------------------------------------------------ helpers

    private static LocalDate optionalDate(DateParts parts, String field, String what, BindingResult binding) {
        return parts == null || parts.isBlank() ? null : FormErrors.date(parts, field, what, binding);
    }

    private static void addUnlessThere(BindingResult binding, String field, String message, Set<String> dates) {
        if (!dates.contains(field) && !binding.hasFieldErrors(field)) {
            binding.rejectValue(field, "invalid", message);
        }
    }

    private static String formPage(
            Object form, BindingResult binding, List<String> fields, Set<String> dates, String template, Model model) {
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dates, model);
        return template;
    }
}
