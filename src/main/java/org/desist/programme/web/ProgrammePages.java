package org.desist.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.programme.Attendance;
import org.desist.programme.Completion;
import org.desist.programme.Enrolment;
import org.desist.programme.ProgrammeCatalogue;
import org.desist.programme.Programmes;
import org.desist.programme.ReferralAgency;
import org.desist.programme.ReferralOutcome;
import org.desist.programme.SpecialistReferral;
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
 * An intervention's "Programmes and referrals" page (enrolments with sessions attended against planned, and
 * referrals to specialists and partners with their outcome, those to chase flagged) and the question pages that
 * add to it: enrol on a programme, record a session, record how it ended, make a referral, record its outcome.
 * Every page works without JavaScript (POST-redirect-GET).
 */
@Controller
class ProgrammePages {

    private final Programmes programmes;
    private final ProgrammeCatalogue catalogue;
    private final Interventions interventions;
    private final ChildRecords children;
    private final Clock clock;

    ProgrammePages(
            Programmes programmes,
            ProgrammeCatalogue catalogue,
            Interventions interventions,
            ChildRecords children,
            Clock clock) {
        this.programmes = programmes;
        this.catalogue = catalogue;
        this.interventions = interventions;
        this.children = children;
        this.clock = clock;
    }

    @GetMapping("/interventions/{id}/programmes")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String work(@PathVariable UUID id, Model model) {
        model.addAttribute("work", programmes.viewed(id));
        Intervention intervention = interventions.get(id);
        model.addAttribute("i", intervention);
        model.addAttribute("child", children.visible(intervention.childId()));
        // Only the home service changes the record: a caretaking host service reads it.
        model.addAttribute(
                "changeable",
                intervention.status() != Intervention.Status.CLOSED && !children.seenAsHost(intervention.childId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "programme/programmes";
    }

    // Enrolments -------------------------------------------------------------------------------------------

    @GetMapping("/interventions/{id}/programmes/enrol")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newEnrolment(@PathVariable UUID id, Model model) {
        EnrolmentForm form = new EnrolmentForm();
        form.setDeliveredBy(CurrentUser.require().displayName());
        return enrolmentPage(interventions.get(id), form, null, model);
    }

    @PostMapping("/interventions/{id}/programmes/enrol")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String enrol(
            @PathVariable UUID id, @ModelAttribute("form") EnrolmentForm form, BindingResult binding, Model model) {
        Intervention intervention = interventions.get(id);
        LocalDate start =
                FormErrors.date(form.getStartDate(), "startDate", "the date the child starts the programme", binding);
        return save(
                id,
                binding,
                model,
                EnrolmentForm.FIELD_ORDER,
                v -> {},
                "enrolled",
                () -> programmes.enrol(
                        id, new Programmes.NewEnrolment(uuid(form.getProgrammeId()), start, form.getDeliveredBy())),
                () -> enrolmentPage(intervention, form, binding, model));
    }

    private String enrolmentPage(Intervention intervention, EnrolmentForm form, BindingResult binding, Model model) {
        // The home service's catalogue, for its staff only: a caretaking host service cannot enrol (403).
        children.responsible(intervention.childId());
        model.addAttribute(
                "programmes",
                catalogue.ofService(intervention.serviceId(), true).stream()
                        .map(p -> new Option(
                                p.id().toString(),
                                p.name() + " (" + p.topic().label() + ", "
                                        + p.delivery().label().toLowerCase() + ", "
                                        + p.sessionsPlanned() + " session" + (p.sessionsPlanned() == 1 ? "" : "s")
                                        + ")"))
                        .toList());
        return page(
                intervention,
                form,
                binding,
                EnrolmentForm.FIELD_ORDER,
                EnrolmentForm.DATE_FIELDS,
                "programme/enrolment-form",
                model);
    }

    @GetMapping("/programme-enrolments/{enrolmentId}/sessions/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newSession(@PathVariable UUID enrolmentId, Model model) {
        Enrolment enrolment = programmes.enrolment(enrolmentId);
        return sessionPage(enrolment, new SessionForm(), null, model);
    }

    @PostMapping("/programme-enrolments/{enrolmentId}/sessions")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordSession(
            @PathVariable UUID enrolmentId,
            @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            Model model) {
        Enrolment enrolment = programmes.enrolment(enrolmentId);
        LocalDate on = FormErrors.date(form.getDate(), "date", "the date of the session", binding);
        return save(
                enrolment.interventionId(),
                binding,
                model,
                SessionForm.FIELD_ORDER,
                v -> {},
                "session",
                () -> programmes.recordSession(
                        enrolmentId,
                        new Programmes.NewSession(
                                on, Option.chosen(Attendance.class, form.getAttendance()), form.getNotes())),
                () -> sessionPage(enrolment, form, binding, model));
    }

    private String sessionPage(Enrolment enrolment, SessionForm form, BindingResult binding, Model model) {
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("attendances", Option.of(Attendance.class, Attendance::label));
        return page(
                interventions.get(enrolment.interventionId()),
                form,
                binding,
                SessionForm.FIELD_ORDER,
                SessionForm.DATE_FIELDS,
                "programme/session-form",
                model);
    }

    @GetMapping("/programme-enrolments/{enrolmentId}/completion")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newCompletion(@PathVariable UUID enrolmentId, Model model) {
        Enrolment enrolment = programmes.enrolment(enrolmentId);
        CompletionForm form = new CompletionForm();
        form.setVersion(enrolment.version());
        return completionPage(enrolment, form, null, model);
    }

    @PostMapping("/programme-enrolments/{enrolmentId}/completion")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String complete(
            @PathVariable UUID enrolmentId,
            @ModelAttribute("form") CompletionForm form,
            BindingResult binding,
            Model model) {
        Enrolment enrolment = programmes.enrolment(enrolmentId);
        LocalDate on = FormErrors.date(form.getCompletedOn(), "completedOn", "the date the programme ended", binding);
        return save(
                enrolment.interventionId(),
                binding,
                model,
                CompletionForm.FIELD_ORDER,
                form::setVersion,
                "ended",
                () -> programmes.complete(
                        enrolmentId,
                        form.getVersion(),
                        new Programmes.NewCompletion(
                                Option.chosen(Completion.class, form.getCompletion()), on, form.getReason())),
                () -> completionPage(enrolment, form, binding, model));
    }

    private String completionPage(Enrolment enrolment, CompletionForm form, BindingResult binding, Model model) {
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("completions", Option.of(Completion.class, Completion::label));
        return page(
                interventions.get(enrolment.interventionId()),
                form,
                binding,
                CompletionForm.FIELD_ORDER,
                CompletionForm.DATE_FIELDS,
                "programme/completion-form",
                model);
    }

    // Referrals --------------------------------------------------------------------------------------------

    @GetMapping("/interventions/{id}/specialist-referrals/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newReferral(@PathVariable UUID id, Model model) {
        return referralPage(interventions.get(id), new ReferralForm(), null, model);
    }

    @PostMapping("/interventions/{id}/specialist-referrals")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String refer(@PathVariable UUID id, @ModelAttribute("form") ReferralForm form, BindingResult binding, Model model) {
        Intervention intervention = interventions.get(id);
        LocalDate on = FormErrors.date(form.getReferredOn(), "referredOn", "the date of the referral", binding);
        return save(
                id,
                binding,
                model,
                ReferralForm.FIELD_ORDER,
                v -> {},
                "referred",
                () -> programmes.refer(
                        id,
                        new Programmes.NewReferral(
                                Option.chosen(ReferralAgency.class, form.getAgency()),
                                form.getOrganisation(),
                                on,
                                form.getReason())),
                () -> referralPage(intervention, form, binding, model));
    }

    private String referralPage(Intervention intervention, ReferralForm form, BindingResult binding, Model model) {
        model.addAttribute("agencies", Option.of(ReferralAgency.class, ReferralAgency::label));
        return page(
                intervention,
                form,
                binding,
                ReferralForm.FIELD_ORDER,
                ReferralForm.DATE_FIELDS,
                "programme/referral-form",
                model);
    }

    @GetMapping("/specialist-referrals/{referralId}/outcome")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newOutcome(@PathVariable UUID referralId, Model model) {
        SpecialistReferral referral = programmes.referral(referralId);
        OutcomeForm form = new OutcomeForm();
        form.setVersion(referral.version());
        if (referral.outcome() != ReferralOutcome.AWAITING) {
            form.setOutcome(referral.outcome().name());
            form.setOutcomeOn(DateParts.of(referral.outcomeOn()));
            form.setNotes(referral.outcomeNotes());
        }
        return outcomePage(referral, form, null, model);
    }

    @PostMapping("/specialist-referrals/{referralId}/outcome")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordOutcome(
            @PathVariable UUID referralId,
            @ModelAttribute("form") OutcomeForm form,
            BindingResult binding,
            Model model) {
        SpecialistReferral referral = programmes.referral(referralId);
        LocalDate on = FormErrors.date(form.getOutcomeOn(), "outcomeOn", "the date of the outcome", binding);
        return save(
                referral.interventionId(),
                binding,
                model,
                OutcomeForm.FIELD_ORDER,
                form::setVersion,
                "outcome",
                () -> programmes.recordOutcome(
                        referralId,
                        form.getVersion(),
                        new Programmes.NewOutcome(
                                Option.chosen(ReferralOutcome.class, form.getOutcome()), on, form.getNotes())),
                () -> outcomePage(referral, form, binding, model));
    }

    private String outcomePage(SpecialistReferral referral, OutcomeForm form, BindingResult binding, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute(
                "outcomes",
                Option.of(ReferralOutcome.class, ReferralOutcome::label).stream()
                        .filter(o -> !o.value().equals(ReferralOutcome.AWAITING.name()))
                        .toList());
        return page(
                interventions.get(referral.interventionId()),
                form,
                binding,
                OutcomeForm.FIELD_ORDER,
                OutcomeForm.DATE_FIELDS,
                "programme/outcome-form",
                model);
    }

    // Shared -----------------------------------------------------------------------------------------------

    private String save(
            UUID interventionId,
            BindingResult binding,
            Model model,
            List<String> fields,
            LongConsumer newVersion,
            String saved,
            Runnable change,
            Supplier<String> formAgain) {
        return FormSubmission.submit(
                () -> {
                    change.run();
                    return "redirect:/interventions/" + interventionId + "/programmes?" + saved;
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

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
