package org.desist.quality.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.quality.AuditRound;
import org.desist.quality.AuditRounds;
import org.desist.quality.CaseAudits;
import org.desist.quality.Framework;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.RoundPlan;
import org.desist.quality.SampleSize;
import org.desist.quality.SampleWindow;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Audit rounds: the list, "plan an audit round" (a question page, check your answers, then the draw) and a round's
 * page — its figures for everyone who sees ratings, its cases for those who audit them. The plan waits in the session
 * between the pages; nothing is drawn until the QA lead confirms.
 */
@Controller
class RoundPages {

    private static final String SESSION = "desist.quality.round-plan";

    private final AuditRounds rounds;
    private final CaseAudits audits;

    RoundPages(AuditRounds rounds, CaseAudits audits) {
        this.rounds = rounds;
        this.audits = audits;
    }

    /** The plan as answered. */
    record Answers(String kind, String title, String scope, String frameworkId, LocalDate fieldworkDate)
            implements Serializable {
        RoundPlan plan() {
            return new RoundPlan(
                    Option.chosen(RoundPlan.Kind.class, kind),
                    title,
                    Option.chosen(RoundPlan.Scope.class, scope),
                    frameworkId,
                    fieldworkDate);
        }
    }

    /** One kind of work's part as the check page previews it. */
    record Preview(CaseWork work, SampleWindow window, LocalDate from, LocalDate to, int population, int size) {}

    @GetMapping("/quality/rounds")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    String list(Model model) {
        model.addAttribute("rounds", rounds.mine());
        model.addAttribute("canPlan", CurrentUser.require().can(Role.Capability.QUALITY_ASSURANCE));
        return "quality/rounds";
    }

    @GetMapping("/quality/rounds/new")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String question(HttpSession session, Model model) {
        RoundForm form = new RoundForm();
        if (session.getAttribute(SESSION) instanceof Answers a) {
            form.setKind(a.kind());
            form.setTitle(a.title());
            form.setScope(a.scope());
            form.setFrameworkId(a.frameworkId());
            form.setFieldworkDate(DateParts.of(a.fieldworkDate()));
        }
        return question(form, null, model);
    }

    @PostMapping("/quality/rounds/new")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String answer(@ModelAttribute("form") RoundForm form, BindingResult binding, HttpSession session, Model model) {
        LocalDate fieldwork = FormErrors.date(form.getFieldworkDate(), "fieldworkDate", "the fieldwork date", binding);
        Answers answers =
                new Answers(form.getKind(), form.getTitle(), form.getScope(), form.getFrameworkId(), fieldwork);
        Map<String, String> problems = rounds.problems(answers.plan());
        problems.forEach((field, message) -> {
            if (!binding.hasFieldErrors(field) && !(fieldwork == null && field.equals("fieldworkDate"))) {
                binding.rejectValue(field, "invalid", message);
            }
        });
        if (binding.hasErrors()) {
            return question(form, binding, model);
        }
        session.setAttribute(SESSION, answers);
        return "redirect:/quality/rounds/new/check";
    }

    @GetMapping("/quality/rounds/new/check")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String check(HttpSession session, Model model) {
        if (!(session.getAttribute(SESSION) instanceof Answers answers)) {
            return "redirect:/quality/rounds/new";
        }
        return checkPage(answers, model);
    }

    @PostMapping("/quality/rounds/new/check")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String create(HttpSession session, Model model) {
        if (!(session.getAttribute(SESSION) instanceof Answers answers)) {
            return "redirect:/quality/rounds/new";
        }
        return FormSubmission.confirm(
                () -> {
                    AuditRound round = rounds.create(onlyService(), answers.plan());
                    session.removeAttribute(SESSION);
                    return "redirect:/quality/rounds/" + round.id() + "?drawn";
                },
                refused -> {
                    RoundForm form = new RoundForm();
                    form.setKind(answers.kind());
                    form.setTitle(answers.title());
                    form.setScope(answers.scope());
                    form.setFrameworkId(answers.frameworkId());
                    form.setFieldworkDate(DateParts.of(answers.fieldworkDate()));
                    BindingResult binding = new BeanPropertyBindingResult(form, "form");
                    FormErrors.reject(refused, RoundForm.FIELD_ORDER, binding);
                    return question(form, binding, model);
                },
                stale -> checkPage(answers, model));
    }

    @GetMapping("/quality/rounds/{id}")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    String show(@PathVariable UUID id, Model model) {
        boolean seesCases = CurrentUser.require().can(Role.Capability.QUALITY_ASSURANCE);
        AuditRound round;
        if (seesCases) {
            AuditRounds.SampleView view = rounds.sample(id);
            model.addAttribute("view", view);
            model.addAttribute("audits", latestAudits(id));
            round = view.round();
        } else {
            round = rounds.get(id);
        }
        model.addAttribute("round", round);
        model.addAttribute("seesCases", seesCases);
        model.addAttribute("framework", rounds.framework(round.frameworkId()).orElse(null));
        return "quality/round";
    }

    /** Each sampled case's latest audit in the round, by intervention. */
    private Map<UUID, CaseAudits.RoundAudit> latestAudits(UUID roundId) {
        Map<UUID, CaseAudits.RoundAudit> latest = new java.util.HashMap<>();
        audits.inRound(roundId).forEach(a -> latest.put(a.interventionId(), a));
        return latest;
    }

    private String question(RoundForm form, BindingResult binding, Model model) {
        model.addAttribute("form", form);
        model.addAttribute(
                "kinds",
                List.of(
                        new Option(
                                RoundPlan.Kind.MOCK_INSPECTION.name(),
                                "A mock inspection: court and out-of-court"
                                        + " work sampled together, as inspectors sample them"),
                        new Option(RoundPlan.Kind.THEMED_AUDIT.name(), "A themed audit")));
        model.addAttribute("scopes", Option.of(RoundPlan.Scope.class, RoundPlan.Scope::label));
        model.addAttribute(
                "frameworks",
                rounds.frameworks().stream()
                        .map(f -> new Option(f.id(), f.title()))
                        .toList());
        model.addAttribute("windows", rounds.windows());
        FormErrors.show(binding, RoundForm.FIELD_ORDER, Set.of("fieldworkDate"), model);
        return "quality/round-new";
    }

    private String checkPage(Answers answers, Model model) {
        RoundPlan plan = answers.plan();
        Framework framework = rounds.framework(plan.frameworkId()).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("framework", framework);
        UUID service = onlyService();
        if (service != null && plan.scopeDrawn() != null && plan.fieldworkDate() != null) {
            var population = rounds.population(service, plan.scopeDrawn(), plan.fieldworkDate());
            model.addAttribute(
                    "previews",
                    plan.scopeDrawn().works().stream()
                            .map(w -> {
                                SampleWindow window = rounds.windows().of(w);
                                int n = (int) population.stream()
                                        .filter(c -> c.work() == w)
                                        .count();
                                return new Preview(
                                        w,
                                        window,
                                        window.earliestStart(plan.fieldworkDate()),
                                        window.latestStart(plan.fieldworkDate()),
                                        n,
                                        SampleSize.forPopulation(n));
                            })
                            .toList());
        }
        return "quality/round-check";
    }

    private static UUID onlyService() {
        var services = CurrentUser.require().serviceIds();
        return services.size() == 1 ? services.iterator().next() : null;
    }
}
