package org.desist.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.assessment.Assessment;
import org.desist.assessment.Assessments;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.jointworking.SocialWorkerInvited;
import org.desist.plan.ActionStatus;
import org.desist.plan.Agreement;
import org.desist.plan.NewAction;
import org.desist.plan.OtherPlan;
import org.desist.plan.OtherPlanKind;
import org.desist.plan.Plan;
import org.desist.plan.PlanAction;
import org.desist.plan.PlanStatus;
import org.desist.plan.Plans;
import org.desist.plan.Strand;
import org.desist.plan.web.PlanForms.ActionForm;
import org.desist.plan.web.PlanForms.AgreementForm;
import org.desist.plan.web.PlanForms.ContentForm;
import org.desist.plan.web.PlanForms.OtherPlanForm;
import org.desist.plan.web.PlanForms.StatusForm;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.web.ErrorSummary;
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
 * An intervention's plan: summary cards per strand with their actions, victims, contingency, views and other
 * agencies' plans; one question page per part of a draft; adding an action or another agency's plan; moving an
 * action on; and agreeing the plan (the check-answers step: what is missing links to its question).
 */
@Controller
class PlanPages {

    /** The question pages of a draft's content, in order, and the fields each asks. */
    enum Part {
        STRANDS("strands", "What the plan aims for", List.of("desistanceAim", "childSafetyAim", "othersSafetyAim")),
        VICTIMS("victims", "Victims", List.of("victimsNeeds", "victimProtection")),
        CONTINGENCY("contingency", "Contingency arrangements", List.of("contingencies")),
        VIEWS("views", "Involvement and views", List.of("childViews", "parentsViews"));

        private final String slug;
        private final String title;
        private final List<String> fields;

        Part(String slug, String title, List<String> fields) {
            this.slug = slug;
            this.title = title;
            this.fields = fields;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }

        static Part of(String slug) {
            return Arrays.stream(values())
                    .filter(p -> p.slug.equals(slug))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Page"));
        }

        static Optional<Part> asking(String field) {
            return Arrays.stream(values()).filter(p -> p.fields.contains(field)).findFirst();
        }

        Optional<Part> next() {
            return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
        }
    }

    private final Plans plans;
    private final Assessments assessments;
    private final Interventions interventions;
    private final ChildRecords children;

    PlanPages(Plans plans, Assessments assessments, Interventions interventions, ChildRecords children) {
        this.plans = plans;
        this.assessments = assessments;
        this.interventions = interventions;
        this.children = children;
    }

    @GetMapping("/interventions/{id}/plan")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String current(@PathVariable UUID id, Model model) {
        Intervention intervention = interventions.get(id);
        return show(intervention, plans.currentOf(id).orElse(null), Map.of(), model);
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String one(@PathVariable UUID id, Model model) {
        Plan plan = plans.get(id);
        return show(interventions.get(plan.interventionId()), plan, Map.of(), model);
    }

    @PostMapping("/interventions/{id}/plan")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String start(@PathVariable UUID id, Model model) {
        Intervention intervention = interventions.get(id);
        try {
            Plan draft = plans.start(id);
            return "redirect:/plans/" + draft.id() + "/edit/" + Part.STRANDS.slug();
        } catch (InvalidRequestException e) {
            return show(intervention, plans.currentOf(id).orElse(null), e.errors(), model);
        }
    }

    @GetMapping("/plans/{id}/edit/{part}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String question(@PathVariable UUID id, @PathVariable String part, Model model) {
        Plan plan = plans.get(id);
        Part page = Part.of(part);
        if (plan.status() != PlanStatus.DRAFT) {
            return "redirect:/plans/" + id;
        }
        model.addAttribute("form", ContentForm.of(plan.content(), plan.version()));
        return question(plan, page.name(), page.title(), "/plans/" + id + "/edit/" + page.slug(), null, model);
    }

    @PostMapping("/plans/{id}/edit/{part}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String save(
            @PathVariable UUID id,
            @PathVariable String part,
            @ModelAttribute("form") ContentForm form,
            BindingResult binding,
            Model model) {
        Part page = Part.of(part);
        Plan before = plans.get(id);
        String action = "/plans/" + id + "/edit/" + page.slug();
        try {
            plans.update(id, form.getVersion(), form.applyTo(before.content(), page));
            return page.next()
                    .map(next -> "redirect:/plans/" + id + "/edit/" + next.slug())
                    .orElse("redirect:/plans/" + id + "?saved");
        } catch (InvalidRequestException e) {
            FormErrors.reject(e, ContentForm.FIELD_ORDER, binding);
            return question(
                    before, page.name(), page.title(), action, binding, model, ContentForm.FIELD_ORDER, Set.of());
        } catch (StaleRecordException e) {
            model.addAttribute("stale", e);
            model.addAttribute("form", ContentForm.of(before.content(), before.version()));
            return question(before, page.name(), page.title(), action, null, model);
        }
    }

    @GetMapping("/plans/{id}/actions/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newAction(@PathVariable UUID id, Model model) {
        Plan plan = plans.get(id);
        ActionForm form = new ActionForm();
        form.setVersion(plan.version());
        model.addAttribute("form", form);
        return question(plan, "ACTION", "Add an action", "/plans/" + id + "/actions", null, model);
    }

    @PostMapping("/plans/{id}/actions")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addAction(
            @PathVariable UUID id, @ModelAttribute("form") ActionForm form, BindingResult binding, Model model) {
        Plan plan = plans.get(id);
        String action = "/plans/" + id + "/actions";
        if (!form.getDueDate().isBlank() && form.getDueDate().toDate().isEmpty()) {
            binding.rejectValue(
                    "dueDate",
                    "invalid",
                    form.getDueDate().problem("the date the action is due").get());
        }
        UUID owner = null;
        try {
            owner = form.getOwnerStaffId() == null || form.getOwnerStaffId().isBlank()
                    ? null
                    : UUID.fromString(form.getOwnerStaffId());
        } catch (IllegalArgumentException e) {
            binding.rejectValue("ownerStaffId", "invalid", "Choose a person of the service");
        }
        UUID chosenOwner = owner;
        return FormSubmission.submit(
                () -> {
                    plans.addAction(
                            id,
                            form.getVersion(),
                            new NewAction(
                                    Option.chosen(Strand.class, form.getStrand()),
                                    form.getDescription(),
                                    chosenOwner,
                                    form.getOwnerAgency(),
                                    form.getDueDate().toDate().orElse(null)));
                    return "redirect:/plans/" + id + "?actionAdded";
                },
                ActionForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> question(
                        plan,
                        "ACTION",
                        "Add an action",
                        action,
                        binding,
                        model,
                        ActionForm.FIELD_ORDER,
                        Set.of("dueDate")));
    }

    @GetMapping("/plans/{id}/other-plans/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newOtherPlan(@PathVariable UUID id, Model model) {
        Plan plan = plans.get(id);
        if (plan.status() != PlanStatus.DRAFT) {
            return "redirect:/plans/" + id;
        }
        OtherPlanForm form = new OtherPlanForm();
        form.setVersion(plan.version());
        model.addAttribute("form", form);
        return question(plan, "OTHER_PLAN", "Another agency’s plan", "/plans/" + id + "/other-plans", null, model);
    }

    @PostMapping("/plans/{id}/other-plans")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addOtherPlan(
            @PathVariable UUID id, @ModelAttribute("form") OtherPlanForm form, BindingResult binding, Model model) {
        Plan plan = plans.get(id);
        String action = "/plans/" + id + "/other-plans";
        if (!form.getDated().isBlank() && form.getDated().toDate().isEmpty()) {
            binding.rejectValue(
                    "dated",
                    "invalid",
                    form.getDated().problem("the date of the plan").get());
        }
        return FormSubmission.submit(
                () -> {
                    plans.addOtherPlan(
                            id,
                            form.getVersion(),
                            new OtherPlan(
                                    Option.chosen(OtherPlanKind.class, form.getKind()),
                                    form.getReference(),
                                    form.getAgency(),
                                    form.getDated().toDate().orElse(null)));
                    return "redirect:/plans/" + id + "?saved";
                },
                OtherPlanForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> question(
                        plan,
                        "OTHER_PLAN",
                        "Another agency’s plan",
                        action,
                        binding,
                        model,
                        OtherPlanForm.FIELD_ORDER,
                        Set.of("dated")));
    }

    @GetMapping("/plan-actions/{id}/status")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String status(@PathVariable UUID id, Model model) {
        PlanAction action = plans.action(id);
        StatusForm form = new StatusForm();
        form.setVersion(action.version());
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        return question(
                plans.get(action.planId()),
                "STATUS",
                "Change the action’s status",
                "/plan-actions/" + id + "/status",
                null,
                model);
    }

    @PostMapping("/plan-actions/{id}/status")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String changeStatus(
            @PathVariable UUID id, @ModelAttribute("form") StatusForm form, BindingResult binding, Model model) {
        PlanAction action = plans.action(id);
        Plan plan = plans.get(action.planId());
        model.addAttribute("action", action);
        String url = "/plan-actions/" + id + "/status";
        return FormSubmission.submit(
                () -> {
                    plans.changeActionStatus(
                            id,
                            form.getVersion(),
                            Option.chosen(ActionStatus.class, form.getStatus()),
                            form.getReason());
                    return "redirect:/plans/" + plan.id() + "?statusChanged";
                },
                StatusForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> question(
                        plan,
                        "STATUS",
                        "Change the action’s status",
                        url,
                        binding,
                        model,
                        StatusForm.FIELD_ORDER,
                        Set.of()));
    }

    @GetMapping("/plans/{id}/agree")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String agreement(@PathVariable UUID id, Model model) {
        Plan plan = plans.get(id);
        if (plan.status() != PlanStatus.DRAFT) {
            return "redirect:/plans/" + id;
        }
        AgreementForm form = new AgreementForm();
        form.setVersion(plan.version());
        model.addAttribute("form", form);
        return question(plan, "AGREE", "Agree the plan", "/plans/" + id + "/agree", null, model);
    }

    @PostMapping("/plans/{id}/agree")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String agree(
            @PathVariable UUID id, @ModelAttribute("form") AgreementForm form, BindingResult binding, Model model) {
        Plan plan = plans.get(id);
        String url = "/plans/" + id + "/agree";
        List<ErrorSummary.Item> summary = new ArrayList<>();
        if (!form.getAgreedOn().isBlank() && form.getAgreedOn().toDate().isEmpty()) {
            String message =
                    form.getAgreedOn().problem("the date the plan was agreed").get();
            binding.rejectValue("agreedOn", "invalid", message);
        }
        SocialWorkerInvitation invitation = invitation(form, binding);
        if (!binding.hasErrors()) {
            try {
                plans.agree(
                        id,
                        form.getVersion(),
                        new Agreement(
                                form.getAgreedOn().toDate().orElse(null),
                                form.getAgreedBy(),
                                yesNo(form.getChildInvolved()),
                                yesNo(form.getParentsInvolved()),
                                invitation));
                return "redirect:/plans/" + id + "?agreed";
            } catch (InvalidRequestException e) {
                // What is missing from the plan links to the question that asks it; the agreement's own
                // answers are marked on this page.
                e.errors().forEach((field, message) -> {
                    if (AgreementForm.FIELD_ORDER.contains(field)) {
                        binding.rejectValue(field, "invalid", message);
                    } else if (field.equals("actions")) {
                        summary.add(new ErrorSummary.Item("/plans/" + id + "/actions/new", message));
                    } else {
                        summary.add(new ErrorSummary.Item(
                                Part.asking(field)
                                        .map(p -> "/plans/" + id + "/edit/" + p.slug() + "#" + field)
                                        .orElse("#main-content"),
                                message));
                    }
                });
            } catch (StaleRecordException e) {
                model.addAttribute("stale", e);
                form.setVersion(plan.version());
                return question(plan, "AGREE", "Agree the plan", url, null, model);
            }
        }
        question(
                plan,
                "AGREE",
                "Agree the plan",
                url,
                binding,
                model,
                AgreementForm.FIELD_ORDER,
                Set.of("agreedOn", "socialWorkerInvitedOn"));
        @SuppressWarnings("unchecked")
        List<ErrorSummary.Item> own = (List<ErrorSummary.Item>) model.getAttribute("errorSummary");
        summary.addAll(own);
        model.addAttribute("errorSummary", summary);
        return "plan/question";
    }

    /** The social worker's invitation as typed (null when not answered: the service says when it is needed). */
    private static SocialWorkerInvitation invitation(AgreementForm form, BindingResult binding) {
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

    private static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private String show(Intervention intervention, Plan plan, Map<String, String> problems, Model model) {
        ChildSummary child = children.visible(intervention.childId());
        Optional<Assessment> assessment = plans.assessmentToPlan(intervention.id());
        List<Plan> all = plans.ofIntervention(intervention.id());
        model.addAttribute("child", child);
        model.addAttribute("i", intervention);
        model.addAttribute("p", plan);
        model.addAttribute("assessment", assessment.orElse(null));
        model.addAttribute("followsAssessment", plan == null ? null : assessments.get(plan.assessmentId()));
        model.addAttribute(
                "laterAssessment",
                plan != null && assessment.isPresent() && !assessment.get().id().equals(plan.assessmentId()));
        model.addAttribute(
                "earlier",
                all.stream()
                        .filter(p -> plan == null || !p.id().equals(plan.id()))
                        .toList());
        model.addAttribute(
                "isCurrent", plan != null && !all.isEmpty() && all.get(0).id().equals(plan.id()));
        model.addAttribute("strands", Strand.values());
        model.addAttribute(
                "changeable", !children.seenAsHost(child.id()) && intervention.status() != Intervention.Status.CLOSED);
        List<ErrorSummary.Item> summary = new ArrayList<>();
        problems.forEach((field, message) -> summary.add(new ErrorSummary.Item("#main-content", message)));
        model.addAttribute("errorSummary", summary);
        return "plan/show";
    }

    private String question(Plan plan, String page, String title, String action, BindingResult binding, Model model) {
        return question(plan, page, title, action, binding, model, List.of(), Set.of());
    }

    private String question(
            Plan plan,
            String page,
            String title,
            String action,
            BindingResult binding,
            Model model,
            List<String> fieldOrder,
            Set<String> dateFields) {
        Intervention intervention = interventions.get(plan.interventionId());
        model.addAttribute("child", children.visible(plan.childId()));
        model.addAttribute("i", intervention);
        model.addAttribute("p", plan);
        model.addAttribute("page", page);
        model.addAttribute("heading", title);
        model.addAttribute("formAction", action);
        model.addAttribute("strandOptions", Option.of(Strand.class, Strand::label));
        model.addAttribute("kinds", Option.of(OtherPlanKind.class, OtherPlanKind::label));
        model.addAttribute(
                "statuses",
                List.of(
                        new Option(ActionStatus.IN_PROGRESS.name(), ActionStatus.IN_PROGRESS.label()),
                        new Option(ActionStatus.DONE.name(), ActionStatus.DONE.label()),
                        new Option(ActionStatus.STOPPED.name(), ActionStatus.STOPPED.label())));
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        model.addAttribute("invitedOptions", Option.of(SocialWorkerInvited.class, SocialWorkerInvited::label));
        model.addAttribute(
                "owners",
                plans.possibleOwners(intervention.id()).stream()
                        .map(s -> new Option(s.id().toString(), s.displayName()))
                        .toList());
        if (binding != null) {
            model.addAttribute("org.springframework.validation.BindingResult.form", binding);
            model.addAttribute("errorSummary", ErrorSummary.from(binding, fieldOrder, dateFields));
        } else {
            model.addAttribute("errorSummary", List.of());
        }
        return "plan/question";
    }
}
