package org.desist.child.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.child.Age;
import org.desist.child.PersonKind;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildDetails;
import org.desist.child.domain.ChildRecordService;
import org.desist.deadline.DueItems;
import org.desist.platform.NotFoundException;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child's record, with MOJ sub-navigation: overview, personal details, people, flags, and history
 * ("who has viewed or changed this record", for managers). Each view is audited.
 */
@Controller
@RequestMapping("/children/{id}")
class ChildRecordPages {

    private final ChildRecordService records;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;
    private final DueItems dueItems;

    ChildRecordPages(
            ChildRecordService records, AuditTrail audit, Directory directory, Clock clock, DueItems dueItems) {
        this.records = records;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.dueItems = dueItems;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String overview(@PathVariable UUID id, Model model) {
        return page(records.view(id, "overview"), "overview", model);
    }

    @GetMapping("/details")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String details(@PathVariable UUID id, Model model) {
        Child child = records.view(id, "personal details");
        model.addAttribute("rows", rows(child, false));
        return page(child, "details", model);
    }

    @GetMapping("/people")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String people(@PathVariable UUID id, Model model) {
        return page(records.view(id, "people"), "people", model);
    }

    @GetMapping("/flags")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String flags(@PathVariable UUID id, Model model) {
        Child child = records.view(id, "flags");
        model.addAttribute("rows", rows(child, true));
        return page(child, "flags", model);
    }

    @GetMapping("/due-items")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String dueItems(@PathVariable UUID id, Model model) {
        Child child = records.view(id, "due items");
        model.addAttribute("items", dueItems.forChild(child.id()));
        model.addAttribute("today", LocalDate.now(clock));
        return page(child, "due-items", model);
    }

    @GetMapping("/history")
    @PreAuthorize("hasAuthority('CHILD_ACCESS_HISTORY')")
    String history(@PathVariable UUID id, Model model) {
        Child child = records.view(id, "who has viewed or changed the record");
        model.addAttribute("entries", audit.forChild(child.id(), 500));
        return page(child, "history", model);
    }

    @GetMapping("/people/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newPerson(@PathVariable UUID id, Model model) {
        Child child = records.forEditing(id);
        PersonForm form = new PersonForm();
        form.setVersion(child.version());
        return personForm(child, form, null, model);
    }

    @PostMapping("/people")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addPerson(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.ModelAttribute("form") PersonForm form,
            org.springframework.validation.BindingResult binding,
            Model model) {
        Child child = records.forEditing(id);
        form.problems().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
        return FormSubmission.submit(
                () -> {
                    records.addPerson(id, form.getVersion(), form.toPerson());
                    return "redirect:/children/" + id + "/people?added";
                },
                PersonForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> personForm(child, form, binding, model));
    }

    @PostMapping("/people/{index}/remove")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String removePerson(@PathVariable UUID id, @PathVariable int index, @RequestParam long version, Model model) {
        return FormSubmission.action(
                () -> {
                    try {
                        records.removePerson(id, version, index);
                    } catch (IndexOutOfBoundsException e) {
                        throw new NotFoundException("Person");
                    }
                    return "redirect:/children/" + id + "/people?removed";
                },
                stale -> "redirect:/children/" + id + "/people?stale");
    }

    private String personForm(
            Child child, PersonForm form, org.springframework.validation.BindingResult binding, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("kinds", Option.of(PersonKind.class, PersonKind::label));
        FormErrors.show(binding, PersonForm.FIELD_ORDER, java.util.Set.of(), model);
        return "child/person-form";
    }

    record Row(String label, String value) {}

    /** The summary-list rows of the record: either its flags or everything else. */
    private java.util.List<Row> rows(Child child, boolean flags) {
        return ChildDetails.FIELDS.stream()
                .filter(f -> ChildDetails.FLAGS.contains(f.name()) == flags)
                .map(f -> new Row(f.label(), records.display(f.value().apply(child.details()))))
                .toList();
    }

    private String page(Child child, String tab, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("child", child);
        model.addAttribute("d", child.details());
        model.addAttribute("age", Age.on(child.details().dateOfBirth(), today));
        model.addAttribute("tab", tab);
        model.addAttribute(
                "caseManager",
                child.details().caseManagerId() == null
                        ? null
                        : directory.staffMember(child.details().caseManagerId()).orElse(null));
        model.addAttribute("service", directory.service(child.serviceId()).orElseThrow());
        model.addAttribute("hostView", records.seenAsHost(child));
        return "child/" + tab;
    }
}
