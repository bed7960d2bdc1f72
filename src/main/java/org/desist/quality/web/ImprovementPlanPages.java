package org.desist.quality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.quality.ImprovementAction;
import org.desist.quality.ImprovementPlan;
import org.desist.quality.ImprovementPlans;
import org.desist.quality.PublishedInspection;
import org.desist.quality.PublishedInspections;
import org.desist.quality.web.ImprovementPlanForms.BoardReviewForm;
import org.desist.quality.web.ImprovementPlanForms.PlanForm;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Improvement plans: the list with each plan's progress, a new plan, one plan, and the Board's reviews. */
@Controller
class ImprovementPlanPages {

    private static final java.time.format.DateTimeFormatter GOVUK_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private final ImprovementPlans plans;
    private final PublishedInspections inspections;
    private final ImprovementPlanQuestion pages;
    private final Directory directory;
    private final Clock clock;

    ImprovementPlanPages(
            ImprovementPlans plans,
            PublishedInspections inspections,
            ImprovementPlanQuestion pages,
            Directory directory,
            Clock clock) {
        this.plans = plans;
        this.inspections = inspections;
        this.pages = pages;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/quality/improvement-plans")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    String list(Model model) {
        model.addAttribute("summaries", plans.mine());
        model.addAttribute("canEdit", CurrentUser.require().can(Role.Capability.QUALITY_ASSURANCE));
        return "quality/improvement-plans";
    }

    @GetMapping("/quality/improvement-plans/new")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String newPlan(
            @RequestParam(required = false) String inspection,
            @RequestParam(required = false) String round,
            Model model) {
        PlanForm form = new PlanForm();
        UUID inspectionId = ImprovementPlanForms.id(inspection);
        form.setInspectionId(inspectionId == null ? "" : inspectionId.toString());
        UUID roundId = ImprovementPlanForms.id(round);
        form.setRoundId(roundId == null ? null : roundId.toString());
        form.setPlanDate(DateParts.of(LocalDate.now(clock)));
        model.addAttribute("form", form);
        return newPlanPage(null, model);
    }

    @PostMapping("/quality/improvement-plans")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String start(@ModelAttribute("form") PlanForm form, BindingResult binding, Model model) {
        LocalDate planDate = ImprovementPlanForms.date(form.getPlanDate(), "planDate", "the date of the plan", binding);
        return FormSubmission.submit(
                () -> {
                    ImprovementPlan saved = plans.start(
                            ImprovementPlanForms.id(form.getServiceId()),
                            form.getTitle(),
                            planDate,
                            ImprovementPlanForms.id(form.getInspectionId()),
                            ImprovementPlanForms.id(form.getRoundId()));
                    return "redirect:/quality/improvement-plans/" + saved.id() + "?started";
                },
                PlanForm.FIELD_ORDER,
                binding,
                model,
                null,
                () -> newPlanPage(binding, model));
    }

    @GetMapping("/quality/improvement-plans/{id}")
    @PreAuthorize("hasAnyAuthority('QUALITY_RATINGS', 'CHILD_VIEW')")
    String show(@PathVariable UUID id, Model model) {
        ImprovementPlan plan = plans.get(id);
        List<ImprovementAction> actions = plans.actionsOf(id);
        CurrentUser user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("plan", plan);
        model.addAttribute(
                "actionsByRecommendation",
                actions.stream().collect(Collectors.groupingBy(ImprovementAction::recommendationId)));
        model.addAttribute(
                "complete",
                actions.stream().filter(a -> a.status().isComplete()).count());
        model.addAttribute("total", actions.size());
        model.addAttribute(
                "overdue", actions.stream().filter(a -> a.overdueOn(today)).count());
        model.addAttribute("today", today);
        model.addAttribute("me", user.id());
        model.addAttribute("canEdit", user.can(Role.Capability.QUALITY_ASSURANCE));
        model.addAttribute("canList", user.can(Role.Capability.QUALITY_RATINGS));
        model.addAttribute(
                "names",
                directory.displayNames(Stream.concat(
                                actions.stream()
                                        .flatMap(a -> Stream.concat(
                                                Stream.of(a.ownerId()),
                                                a.updates().stream().map(ImprovementAction.ProgressUpdate::writtenBy))),
                                plan.boardReviews().stream().map(ImprovementPlan.BoardReview::recordedBy))
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList()));
        model.addAttribute("inspection", plan.inspectionId() == null ? null : inspections.get(plan.inspectionId()));
        model.addAttribute("serviceName", serviceName(plan.serviceId()));
        return "quality/improvement-plan";
    }

    @GetMapping("/quality/improvement-plans/{id}/board-reviews/new")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String newBoardReview(@PathVariable UUID id, Model model) {
        ImprovementPlan plan = plans.get(id);
        BoardReviewForm form = new BoardReviewForm();
        form.setVersion(plan.version());
        model.addAttribute("form", form);
        return boardReviewPage(plan, null, model);
    }

    @PostMapping("/quality/improvement-plans/{id}/board-reviews")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String recordBoardReview(
            @PathVariable UUID id, @ModelAttribute("form") BoardReviewForm form, BindingResult binding, Model model) {
        ImprovementPlan plan = plans.get(id);
        LocalDate on =
                ImprovementPlanForms.date(form.getReviewedOn(), "reviewedOn", "the date of the Board meeting", binding);
        return FormSubmission.submit(
                () -> {
                    plans.recordBoardReview(id, form.getVersion(), on, form.getNotes());
                    return "redirect:/quality/improvement-plans/" + id + "?reviewed";
                },
                BoardReviewForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> boardReviewPage(plans.get(id), binding, model));
    }

    private String boardReviewPage(ImprovementPlan plan, BindingResult binding, Model model) {
        return pages.question(
                plan,
                "BOARD_REVIEW",
                "Record a Board review",
                "/quality/improvement-plans/" + plan.id() + "/board-reviews",
                binding,
                model,
                BoardReviewForm.FIELD_ORDER,
                Set.of("reviewedOn"));
    }

    private String newPlanPage(BindingResult binding, Model model) {
        CurrentUser user = CurrentUser.require();
        List<PublishedInspection> published = inspections.mine();
        List<Option> sources = Stream.concat(
                        published.stream()
                                .map(i -> new Option(
                                        i.id().toString(),
                                        i.title() + " (published " + GOVUK_DATE.format(i.publishedOn()) + ")")),
                        Stream.of(new Option("", "Not from a published inspection")))
                .toList();
        model.addAttribute("sources", sources);
        model.addAttribute(
                "services",
                directory.services(user.serviceIds()).stream()
                        .map(s -> new Option(s.id().toString(), s.name()))
                        .toList());
        if (binding != null) {
            model.addAttribute("org.springframework.validation.BindingResult.form", binding);
            model.addAttribute("errorSummary", ErrorSummary.from(binding, PlanForm.FIELD_ORDER, Set.of("planDate")));
        } else {
            model.addAttribute("errorSummary", List.of());
        }
        return "quality/improvement-plan-new";
    }

    private String serviceName(UUID id) {
        return directory.service(id).map(s -> s.name()).orElse("Your service");
    }
}
