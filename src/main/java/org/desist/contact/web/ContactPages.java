package org.desist.contact.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.desist.child.ChildRecords;
import org.desist.contact.Contact;
import org.desist.contact.ContactDetails;
import org.desist.contact.ContactLog;
import org.desist.contact.ContactOutcome;
import org.desist.contact.ContactType;
import org.desist.contact.Contacts;
import org.desist.contact.PanelDecision;
import org.desist.contact.WarningMethod;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.Dates;
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
 * An intervention's contacts page (upcoming, past with their outcome, counts, warnings, compliance stage) and
 * the question pages that add to it: plan a contact, record one, record a planned one's outcome or correct
 * it, give a warning, record a compliance panel. Every page works without JavaScript (POST-redirect-GET).
 */
@Controller
class ContactPages {

    private final Contacts contacts;
    private final Interventions interventions;
    private final ChildRecords children;
    private final Dates dates;
    private final java.time.Clock clock;

    ContactPages(
            Contacts contacts, Interventions interventions, ChildRecords children, Dates dates, java.time.Clock clock) {
        this.clock = clock;
        this.contacts = contacts;
        this.interventions = interventions;
        this.children = children;
        this.dates = dates;
    }

    @GetMapping("/interventions/{id}/contacts")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String contacts(@PathVariable UUID id, Model model) {
        ContactLog log = contacts.viewed(id);
        Intervention intervention = interventions.get(id);
        model.addAttribute("log", log);
        model.addAttribute("i", intervention);
        model.addAttribute("child", children.visible(intervention.childId()));
        model.addAttribute("open", intervention.status() != Intervention.Status.CLOSED);
        model.addAttribute(
                "warned", log.warnings().stream().map(w -> w.contactId()).toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "contact/contacts";
    }

    // Contacts ---------------------------------------------------------------------------------------------

    @GetMapping("/interventions/{id}/contacts/plan")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newPlan(@PathVariable UUID id, Model model) {
        return contactPage(interventions.get(id), null, "plan", new ContactForm(), null, model);
    }

    @PostMapping("/interventions/{id}/contacts/plan")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String plan(@PathVariable UUID id, @ModelAttribute("form") ContactForm form, BindingResult binding, Model model) {
        Intervention intervention = interventions.get(id);
        ContactDetails details = details(form, false, binding);
        return save(
                id,
                binding,
                model,
                ContactForm.FIELD_ORDER,
                form::setVersion,
                "planned",
                () -> contacts.plan(id, details),
                () -> contactPage(intervention, null, "plan", form, binding, model));
    }

    @GetMapping("/interventions/{id}/contacts/record")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newRecord(@PathVariable UUID id, Model model) {
        ContactForm form = new ContactForm();
        return contactPage(interventions.get(id), null, "record", form, null, model);
    }

    @PostMapping("/interventions/{id}/contacts/record")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String record(@PathVariable UUID id, @ModelAttribute("form") ContactForm form, BindingResult binding, Model model) {
        Intervention intervention = interventions.get(id);
        ContactDetails details = details(form, true, binding);
        return save(
                id,
                binding,
                model,
                ContactForm.FIELD_ORDER,
                form::setVersion,
                "recorded",
                () -> contacts.record(id, details),
                () -> contactPage(intervention, null, "record", form, binding, model));
    }

    @GetMapping("/contacts/{contactId}/outcome")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String editContact(@PathVariable UUID contactId, Model model) {
        Contact contact = contacts.get(contactId);
        ContactForm form = new ContactForm();
        form.setVersion(contact.version());
        form.setDate(DateParts.of(contact.date()));
        form.setTime(contact.time() == null ? null : contact.time().toString());
        form.setType(contact.type().name());
        form.setPlace(contact.place());
        form.setExpected(contact.expected());
        form.setParentAttended(Boolean.TRUE.equals(contact.parentAttended()));
        form.setOthersAttended(contact.othersAttended());
        form.setOutcome(contact.outcome() == null ? null : contact.outcome().name());
        form.setAbsenceReason(contact.absenceReason());
        form.setNotes(contact.notes());
        return contactPage(interventions.get(contact.interventionId()), contact, "outcome", form, null, model);
    }

    @PostMapping("/contacts/{contactId}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String updateContact(
            @PathVariable UUID contactId,
            @ModelAttribute("form") ContactForm form,
            BindingResult binding,
            Model model) {
        Contact contact = contacts.get(contactId);
        Intervention intervention = interventions.get(contact.interventionId());
        ContactDetails details = details(form, true, binding);
        return save(
                intervention.id(),
                binding,
                model,
                ContactForm.FIELD_ORDER,
                form::setVersion,
                contact.recorded() ? "corrected" : "recorded",
                () -> contacts.update(contactId, form.getVersion(), details),
                () -> contactPage(intervention, contact, "outcome", form, binding, model));
    }

    private String contactPage(
            Intervention intervention,
            Contact contact,
            String mode,
            ContactForm form,
            BindingResult binding,
            Model model) {
        model.addAttribute("mode", mode);
        model.addAttribute("contact", contact);
        model.addAttribute(
                "heading",
                switch (mode) {
                    case "plan" -> "Plan a contact";
                    case "record" -> "Record a contact";
                    default -> contact != null && contact.recorded() ? "Correct a contact" : "Record the outcome";
                });
        model.addAttribute(
                "action",
                contact == null
                        ? "/interventions/" + intervention.id() + "/contacts/" + mode
                        : "/contacts/" + contact.id());
        model.addAttribute("types", Option.of(ContactType.class, ContactType::label));
        model.addAttribute("outcomes", Option.of(ContactOutcome.class, ContactOutcome::label));
        return page(
                intervention,
                form,
                binding,
                ContactForm.FIELD_ORDER,
                ContactForm.DATE_FIELDS,
                "contact/contact-form",
                model);
    }

    // Compliance -------------------------------------------------------------------------------------------

    @GetMapping("/interventions/{id}/warnings/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newWarning(@PathVariable UUID id, @RequestParam(required = false) String contact, Model model) {
        WarningForm form = new WarningForm();
        form.setContactId(contact);
        form.setGivenBy(CurrentUser.require().displayName());
        return warningPage(interventions.get(id), form, null, model);
    }

    @PostMapping("/interventions/{id}/warnings")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String warn(@PathVariable UUID id, @ModelAttribute("form") WarningForm form, BindingResult binding, Model model) {
        Intervention intervention = interventions.get(id);
        LocalDate givenOn = FormErrors.date(form.getGivenOn(), "givenOn", "the date the warning was given", binding);
        return save(
                id,
                binding,
                model,
                WarningForm.FIELD_ORDER,
                v -> {},
                "warned",
                () -> contacts.warn(
                        id,
                        new Contacts.NewWarning(
                                uuid(form.getContactId()),
                                givenOn,
                                form.getGivenBy(),
                                Option.chosen(WarningMethod.class, form.getMethod()))),
                () -> warningPage(intervention, form, binding, model));
    }

    private String warningPage(Intervention intervention, WarningForm form, BindingResult binding, Model model) {
        model.addAttribute(
                "absences",
                contacts.log(intervention.id()).awaitingWarning().stream()
                        .map(c -> new Option(
                                c.id().toString(),
                                dates.date(c.date()) + (c.time() == null ? "" : " at " + c.time()) + ": "
                                        + c.type().label() + " (" + c.absenceReason() + ")"))
                        .toList());
        model.addAttribute("methods", Option.of(WarningMethod.class, WarningMethod::label));
        return page(
                intervention,
                form,
                binding,
                WarningForm.FIELD_ORDER,
                WarningForm.DATE_FIELDS,
                "contact/warning-form",
                model);
    }

    @GetMapping("/interventions/{id}/compliance-panels/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newPanel(@PathVariable UUID id, Model model) {
        return panelPage(interventions.get(id), new CompliancePanelForm(), null, model);
    }

    @PostMapping("/interventions/{id}/compliance-panels")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordPanel(
            @PathVariable UUID id,
            @ModelAttribute("form") CompliancePanelForm form,
            BindingResult binding,
            Model model) {
        Intervention intervention = interventions.get(id);
        LocalDate heldOn = FormErrors.date(form.getHeldOn(), "heldOn", "the date of the compliance panel", binding);
        return save(
                id,
                binding,
                model,
                CompliancePanelForm.FIELD_ORDER,
                v -> {},
                "panel",
                () -> contacts.recordPanel(
                        id,
                        new Contacts.NewPanel(
                                heldOn,
                                Option.chosen(PanelDecision.class, form.getDecision()),
                                form.getEngagement(),
                                form.getMotivation(),
                                form.getBarriers(),
                                form.getNotes())),
                () -> panelPage(intervention, form, binding, model));
    }

    private String panelPage(Intervention intervention, CompliancePanelForm form, BindingResult binding, Model model) {
        model.addAttribute("decisions", Option.of(PanelDecision.class, PanelDecision::label));
        return page(
                intervention,
                form,
                binding,
                CompliancePanelForm.FIELD_ORDER,
                CompliancePanelForm.DATE_FIELDS,
                "contact/panel-form",
                model);
    }

    // Shared -----------------------------------------------------------------------------------------------

    /** Saves, or shows the form again with the problems or the stale-record panel (for a correction). */
    private String save(
            UUID interventionId,
            BindingResult binding,
            Model model,
            List<String> fields,
            LongConsumer newVersion,
            String saved,
            Runnable change,
            java.util.function.Supplier<String> formAgain) {
        return FormSubmission.submit(
                () -> {
                    change.run();
                    return "redirect:/interventions/" + interventionId + "/contacts?" + saved;
                },
                fields,
                binding,
                model,
                newVersion,
                formAgain);
    }

    private String page(
            Intervention intervention,
            Object form,
            BindingResult binding,
            List<String> fields,
            Set<String> dateFields,
            String template,
            Model model) {
        model.addAttribute("i", intervention);
        model.addAttribute("child", children.visible(intervention.childId()));
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dateFields, model);
        return template;
    }

    /** The form as a contact; typing errors (date, time) go on the binding, the service checks the rest. */
    private static ContactDetails details(ContactForm form, boolean recorded, BindingResult binding) {
        LocalDate date = form.getDate() == null || form.getDate().isBlank()
                ? null
                : FormErrors.date(form.getDate(), "date", "the date of the contact", binding);
        LocalTime time = time(form.getTime(), binding);
        ContactType type = Option.chosen(ContactType.class, form.getType());
        if (!recorded) {
            return ContactDetails.planned(date, time, type, form.getPlace(), form.getExpected());
        }
        ContactOutcome outcome = Option.chosen(ContactOutcome.class, form.getOutcome());
        return new ContactDetails(
                date,
                time,
                type,
                form.getPlace(),
                form.getExpected(),
                outcome == null ? null : outcome == ContactOutcome.ATTENDED,
                form.isParentAttended(),
                form.getOthersAttended(),
                outcome,
                form.getAbsenceReason(),
                form.getNotes());
    }

    private static LocalTime time(String value, BindingResult binding) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.trim().replace('.', ':');
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            binding.rejectValue(
                    "time", "invalid", "Enter the time as hours and minutes on the 24-hour clock, like 16:30");
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
