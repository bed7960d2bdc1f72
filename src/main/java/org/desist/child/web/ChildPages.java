package org.desist.child.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.child.EteStatus;
import org.desist.child.Ethnicity;
import org.desist.child.Gender;
import org.desist.child.LookedAfterStatus;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildDetails;
import org.desist.child.domain.ChildRecordService;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Adding a child and changing their details: GOV.UK question page with error summary. */
@Controller
@RequestMapping("/children")
class ChildPages {

    private final ChildRecordService records;
    private final Directory directory;
    private final java.time.Clock clock;

    ChildPages(ChildRecordService records, Directory directory, java.time.Clock clock) {
        this.records = records;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('CHILD_CREATE')")
    String newChild(Model model) {
        ChildForm form = new ChildForm();
        form.setLookedAfterStatus(LookedAfterStatus.NOT_LOOKED_AFTER.name());
        Set<UUID> services = CurrentUser.require().serviceIds();
        if (services.size() == 1) {
            form.setServiceId(services.iterator().next().toString());
        }
        return showForm(form, serviceOf(form), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CHILD_CREATE')")
    String create(@ModelAttribute("form") ChildForm form, BindingResult binding, Model model) {
        var parsed = form.parse();
        UUID serviceId = serviceOf(form);
        if (serviceId == null) {
            binding.rejectValue("serviceId", "required", "Select the youth justice service");
        }
        parsed.problems().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
        if (!binding.hasErrors()) {
            try {
                Child child = records.register(serviceId, parsed.details());
                return "redirect:/children/" + child.id() + "?created";
            } catch (InvalidRequestException e) {
                e.errors().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
            }
        } else {
            // Report the domain's problems too, so the user fixes everything in one go.
            parsed.details().problems(java.time.LocalDate.now(clock)).forEach((field, message) -> {
                if (binding.getFieldError(field) == null) {
                    binding.rejectValue(field, "invalid", message);
                }
            });
        }
        return showForm(form, serviceId, binding, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String edit(@PathVariable UUID id, Model model) {
        Child child = records.forEditing(id);
        model.addAttribute("child", child);
        return showForm(ChildForm.of(child.details(), child.version()), child.serviceId(), null, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String update(@PathVariable UUID id, @ModelAttribute("form") ChildForm form, BindingResult binding, Model model) {
        Child child = records.forEditing(id);
        model.addAttribute("child", child);
        var parsed = form.parse();
        parsed.problems().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
        // A stale save keeps what the user typed, shows what the other person changed, and lets them save again
        // deliberately against the latest version.
        return FormSubmission.submit(
                () -> {
                    records.amend(id, form.getVersion(), parsed.details());
                    return "redirect:/children/" + id + "/details?saved";
                },
                e -> e.errors().forEach((field, message) -> binding.rejectValue(field, "invalid", message)),
                binding,
                model,
                form::setVersion,
                () -> showForm(form, child.serviceId(), binding, model));
    }

    private String showForm(ChildForm form, UUID serviceId, BindingResult binding, Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("form", form);
        FormErrors.show(binding, ChildForm.FIELD_ORDER, Set.of("dateOfBirth"), model);
        model.addAttribute(
                "services",
                directory.services(user.serviceIds()).stream()
                        .map(s -> new Option(s.id().toString(), s.name()))
                        .toList());
        model.addAttribute(
                "caseManagers",
                serviceId == null
                        ? List.of()
                        : records.caseHolders(serviceId).stream()
                                .map(s -> new Option(s.id().toString(), s.displayName() + " – " + s.jobTitle()))
                                .toList());
        model.addAttribute("genders", Option.of(Gender.class, Gender::label));
        model.addAttribute("ethnicities", Option.of(Ethnicity.class, Ethnicity::label));
        model.addAttribute("lookedAfterStatuses", Option.of(LookedAfterStatus.class, LookedAfterStatus::label));
        model.addAttribute("eteStatuses", Option.of(EteStatus.class, EteStatus::label));
        model.addAttribute("fields", ChildDetails.FIELDS);
        return "child/form";
    }

    /** The service chosen on the add form, if it is one of the user's. */
    private static UUID serviceOf(ChildForm form) {
        if (form.getServiceId() == null || form.getServiceId().isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(form.getServiceId());
            return CurrentUser.require().belongsTo(id) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
