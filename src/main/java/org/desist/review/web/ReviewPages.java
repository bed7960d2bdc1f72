package org.desist.review.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.jointworking.SocialWorkerInvited;
import org.desist.platform.StaleRecordException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.Dates;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.review.NewIncident;
import org.desist.review.NewReview;
import org.desist.review.ReviewLog;
import org.desist.review.ReviewTrigger;
import org.desist.review.Reviews;
import org.desist.review.TriggerKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An intervention's reviews page (the next review due, the triggers it must answer, the reviews recorded), the
 * review's question page and check your answers, and the short form for a release from custody or a serious
 * incident. Every page works without JavaScript (POST-redirect-GET; the answers wait in the session between
 * the question page and check your answers).
 */
@Controller
class ReviewPages {

    private final Reviews reviews;
    private final Interventions interventions;
    private final ChildRecords children;
    private final Dates dates;
    private final Clock clock;

    ReviewPages(Reviews reviews, Interventions interventions, ChildRecords children, Dates dates, Clock clock) {
        this.reviews = reviews;
        this.interventions = interventions;
        this.children = children;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/interventions/{id}/reviews")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String reviews(@PathVariable UUID id, Model model) {
        ReviewLog log = reviews.viewed(id);
        Intervention intervention = interventions.get(id);
        model.addAttribute("log", log);
        model.addAttribute("i", intervention);
        model.addAttribute("child", children.visible(intervention.childId()));
        model.addAttribute("open", intervention.status() == Intervention.Status.ACTIVE);
        return "review/reviews";
    }

    // Recording a review -----------------------------------------------------------------------------------

    @GetMapping("/interventions/{id}/reviews/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newReview(
            @PathVariable UUID id, @RequestParam(required = false) String change, HttpSession session, Model model) {
        Intervention intervention = interventions.get(id);
        children.responsible(intervention.childId());
        ReviewForm kept = change == null ? null : (ReviewForm) session.getAttribute(key(id));
        if (kept != null) {
            return reviewPage(intervention, kept, null, model);
        }
        ReviewLog log = reviews.log(id);
        ReviewForm form = new ReviewForm();
        form.setVersion(log.version());
        form.setReviewedOn(DateParts.of(LocalDate.now(clock)));
        // By default the review answers every trigger still open.
        form.setAnswers(log.openTriggers().stream().map(t -> t.id().toString()).toList());
        return reviewPage(intervention, form, null, model);
    }

    @PostMapping("/interventions/{id}/reviews/check")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String answer(
            @PathVariable UUID id,
            @ModelAttribute("form") ReviewForm form,
            BindingResult binding,
            HttpSession session,
            Model model) {
        Intervention intervention = interventions.get(id);
        children.responsible(intervention.childId());
        NewReview review = review(form, binding);
        if (!binding.hasErrors()) {
            reject(reviews.problems(id, review), ReviewForm.FIELD_ORDER, binding);
        }
        if (binding.hasErrors()) {
            return reviewPage(intervention, form, binding, model);
        }
        form.keepDate();
        session.setAttribute(key(id), form);
        return "redirect:/interventions/" + id + "/reviews/check";
    }

    @GetMapping("/interventions/{id}/reviews/check")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String check(@PathVariable UUID id, HttpSession session, Model model) {
        Intervention intervention = interventions.get(id);
        children.responsible(intervention.childId());
        ReviewForm form = (ReviewForm) session.getAttribute(key(id));
        if (form == null) {
            return "redirect:/interventions/" + id + "/reviews/new";
        }
        return checkPage(intervention, form, null, model);
    }

    @PostMapping("/interventions/{id}/reviews")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String record(@PathVariable UUID id, HttpSession session, Model model) {
        Intervention intervention = interventions.get(id);
        ReviewForm form = (ReviewForm) session.getAttribute(key(id));
        if (form == null) {
            return "redirect:/interventions/" + id + "/reviews/new";
        }
        BindingResult binding = new BeanPropertyBindingResult(form, "form");
        NewReview review = review(form, binding);
        if (binding.hasErrors()) {
            return reviewPage(intervention, form, binding, model);
        }
        return FormSubmission.confirm(
                () -> {
                    reviews.record(id, form.getVersion(), review);
                    session.removeAttribute(key(id));
                    return "redirect:/interventions/" + id + "/reviews?recorded";
                },
                refused -> {
                    reject(refused.errors(), ReviewForm.FIELD_ORDER, binding);
                    return reviewPage(intervention, form, binding, model);
                },
                stale -> {
                    form.setVersion(stale.currentVersion());
                    session.setAttribute(key(id), form);
                    return checkPage(intervention, form, stale, model);
                });
    }

    private String reviewPage(Intervention intervention, ReviewForm form, BindingResult binding, Model model) {
        ReviewLog log = reviews.log(intervention.id());
        model.addAttribute("log", log);
        model.addAttribute("triggers", triggerOptions(log.openTriggers()));
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        model.addAttribute("invitedOptions", Option.of(SocialWorkerInvited.class, SocialWorkerInvited::label));
        return page(
                intervention,
                form,
                binding,
                ReviewForm.FIELD_ORDER,
                ReviewForm.DATE_FIELDS,
                "review/review-form",
                model);
    }

    private String checkPage(Intervention intervention, ReviewForm form, StaleRecordException stale, Model model) {
        ReviewLog log = reviews.log(intervention.id());
        model.addAttribute("i", intervention);
        model.addAttribute("child", children.visible(intervention.childId()));
        model.addAttribute("form", form);
        model.addAttribute(
                "reviewedOn", form.getReviewedOn().toDate().map(dates::date).orElse(""));
        model.addAttribute(
                "answered",
                log.openTriggers().stream()
                        .filter(t ->
                                form.getAnswers() != null && form.getAnswers().contains(t.id().toString()))
                        .toList());
        model.addAttribute(
                "notAnswered",
                log.openTriggers().stream()
                        .filter(t ->
                                form.getAnswers() == null || !form.getAnswers().contains(t.id().toString()))
                        .toList());
        model.addAttribute("stale", stale);
        return "review/check";
    }

    // Release from custody, serious incident ---------------------------------------------------------------

    @GetMapping("/interventions/{id}/reviews/incident")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newIncident(@PathVariable UUID id, Model model) {
        Intervention intervention = interventions.get(id);
        children.responsible(intervention.childId());
        return incidentPage(intervention, new IncidentForm(), null, model);
    }

    @PostMapping("/interventions/{id}/reviews/incident")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String incident(
            @PathVariable UUID id, @ModelAttribute("form") IncidentForm form, BindingResult binding, Model model) {
        Intervention intervention = interventions.get(id);
        LocalDate on = FormErrors.date(form.getOn(), "on", "the date it happened", binding);
        return FormSubmission.submit(
                () -> {
                    reviews.recordIncident(
                            id,
                            new NewIncident(
                                    Option.chosen(TriggerKind.class, form.getKind()), on, form.getWhatHappened()));
                    return "redirect:/interventions/" + id + "/reviews?raised";
                },
                IncidentForm.FIELD_ORDER,
                binding,
                model,
                null,
                () -> incidentPage(intervention, form, binding, model));
    }

    private String incidentPage(Intervention intervention, IncidentForm form, BindingResult binding, Model model) {
        model.addAttribute(
                "kinds",
                List.of(
                        new Option(TriggerKind.RELEASED_FROM_CUSTODY.name(), TriggerKind.RELEASED_FROM_CUSTODY.label()),
                        new Option(TriggerKind.SERIOUS_INCIDENT.name(), TriggerKind.SERIOUS_INCIDENT.label())));
        return page(
                intervention,
                form,
                binding,
                IncidentForm.FIELD_ORDER,
                IncidentForm.DATE_FIELDS,
                "review/incident-form",
                model);
    }

    // Shared -----------------------------------------------------------------------------------------------

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

    private List<Option> triggerOptions(List<ReviewTrigger> open) {
        return open.stream()
                .map(t -> new Option(t.id().toString(), dates.date(t.occurredOn()) + ": " + t.reason()))
                .toList();
    }

    /** The form as a review; typing errors (the date) go on the binding, the service checks the rest. */
    private static NewReview review(ReviewForm form, BindingResult binding) {
        LocalDate on = FormErrors.date(form.getReviewedOn(), "reviewedOn", "the date of the review", binding);
        List<UUID> answers = form.getAnswers() == null
                ? List.of()
                : form.getAnswers().stream().map(ReviewPages::uuid).toList();
        if (answers.contains(null)) {
            binding.rejectValue("answers", "invalid", "Select only triggers still waiting for a review");
            answers = List.of();
        }
        return new NewReview(
                on,
                answers,
                form.getWhatChanged(),
                form.getChildViews(),
                form.getParentsViews(),
                form.getAgencies(),
                form.getAgencyInformation(),
                yesNo(form.getPlanChanged()),
                form.getPlanChange(),
                form.getPlanUnchangedReason(),
                yesNo(form.getAssessmentNeedsUpdating()),
                invitation(form, binding));
    }

    /** The social worker's invitation as typed (null when not answered: the service says when it is needed). */
    private static SocialWorkerInvitation invitation(ReviewForm form, BindingResult binding) {
        SocialWorkerInvited invited = Option.chosen(SocialWorkerInvited.class, form.getSocialWorkerInvited());
        if (invited == null) {
            return null;
        }
        LocalDate on = invited == SocialWorkerInvited.INVITED
                        && !form.getSocialWorkerInvitedOn().isBlank()
                ? FormErrors.date(
                        form.getSocialWorkerInvitedOn(),
                        "socialWorkerInvitedOn",
                        "the date the social worker was invited",
                        binding)
                : null;
        return new SocialWorkerInvitation(
                invited, on, form.getSocialWorkerInvitedHow(), form.getSocialWorkerNotInvitedReason());
    }

    private static void reject(Map<String, String> problems, List<String> fields, BindingResult binding) {
        problems.forEach((field, message) -> {
            if (fields.contains(field) && !binding.hasFieldErrors(field)) {
                binding.rejectValue(field, "invalid", message);
            } else if (!fields.contains(field)) {
                binding.reject("invalid", message);
            }
        });
    }

    private static Boolean yesNo(String value) {
        if ("yes".equals(value)) {
            return true;
        }
        return "no".equals(value) ? false : null;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static String key(UUID interventionId) {
        return "review-" + interventionId;
    }
}
