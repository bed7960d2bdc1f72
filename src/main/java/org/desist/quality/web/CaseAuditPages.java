package org.desist.quality.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormSubmission;
import org.desist.quality.CaseAudit;
import org.desist.quality.CaseAudits;
import org.desist.quality.Evidence;
import org.desist.quality.Framework;
import org.desist.quality.Frameworks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Case audits: started from a case, answered on one page per audit (a section per applicable standard, the
 * record's evidence beside each prompt), checked and completed; the audited case manager's list and
 * acknowledgement.
 */
@Controller
class CaseAuditPages {

    private final CaseAudits audits;
    private final Frameworks frameworks;

    CaseAuditPages(CaseAudits audits, Frameworks frameworks) {
        this.audits = audits;
        this.frameworks = frameworks;
    }

    @GetMapping("/quality/audits")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String list(@RequestParam(required = false) String status, Model model) {
        CaseAudit.Status chosen = null;
        for (CaseAudit.Status s : CaseAudit.Status.values()) {
            if (s.name().equals(status)) {
                chosen = s;
            }
        }
        model.addAttribute("audits", audits.ofYourServices(chosen));
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("statuses", CaseAudit.Status.values());
        return "quality/audits";
    }

    @GetMapping("/quality/audits/mine")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String mine(Model model) {
        model.addAttribute("audits", audits.ofYourCases());
        return "quality/my-audits";
    }

    @GetMapping("/quality/audits/new")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String start(
            @RequestParam(required = false) UUID intervention,
            @RequestParam(required = false) UUID round,
            Model model) {
        if (intervention == null) {
            return "quality/audit-no-case";
        }
        return startPage(intervention, round, audits.newest().id(), Map.of(), model);
    }

    @PostMapping("/quality/audits")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String create(
            @RequestParam UUID intervention,
            @RequestParam(required = false) UUID round,
            @RequestParam(required = false) String framework,
            Model model) {
        try {
            CaseAudit started = audits.start(intervention, round, framework);
            return "redirect:/quality/audits/" + started.id();
        } catch (InvalidRequestException e) {
            return startPage(intervention, round, framework, e.errors(), model);
        }
    }

    @GetMapping("/quality/audits/{id}")
    @PreAuthorize("hasAnyAuthority('QUALITY_ASSURANCE', 'CHILD_VIEW')")
    String show(@PathVariable UUID id, Model model) {
        CaseAudits.AuditView view = audits.view(id);
        return page(view, CaseAuditForm.of(view.audit()), model);
    }

    @PostMapping("/quality/audits/{id}")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        CaseAuditForm form = CaseAuditForm.of(params);
        CaseAudits.AuditView view = audits.view(id);
        CaseAudit.Answers answers = form.answers(view.framework(), view.audit());
        if (form.problems.isEmpty()) {
            return FormSubmission.confirm(
                    () -> {
                        audits.saveDraft(id, form.version(), answers);
                        return "check".equals(params.get("action"))
                                ? "redirect:/quality/audits/" + id + "/check"
                                : "redirect:/quality/audits/" + id + "?saved";
                    },
                    refused -> {
                        refused.errors().forEach((f, m) -> form.problems.putIfAbsent(CaseAuditForm.fieldOf(f), m));
                        return page(view, form, model);
                    },
                    stale -> {
                        model.addAttribute("stale", stale);
                        form.version(stale.currentVersion());
                        return page(view, form, model);
                    });
        }
        return page(view, form, model);
    }

    @GetMapping("/quality/audits/{id}/check")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String check(@PathVariable UUID id, Model model) {
        CaseAudits.AuditView view = audits.view(id);
        if (!view.mayEdit()) {
            return "redirect:/quality/audits/" + id;
        }
        return checkPage(view, audits.completionProblems(id), model);
    }

    @PostMapping("/quality/audits/{id}/complete")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String complete(@PathVariable UUID id, @RequestParam long version, Model model) {
        return FormSubmission.confirm(
                () -> {
                    audits.complete(id, version);
                    return "redirect:/quality/audits/" + id + "?completed";
                },
                refused -> checkPage(audits.view(id), refused.errors(), model),
                stale -> {
                    model.addAttribute("stale", stale);
                    return checkPage(audits.view(id), audits.completionProblems(id), model);
                });
    }

    @PostMapping("/quality/audits/{id}/acknowledge")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String acknowledge(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String reply,
            Model model) {
        return FormSubmission.confirm(
                () -> {
                    audits.acknowledge(id, version, reply);
                    return "redirect:/quality/audits/" + id + "?acknowledged";
                },
                refused -> {
                    CaseAuditForm form = replied(id, reply);
                    form.problems.putAll(refused.errors());
                    return page(audits.view(id), form, model);
                },
                stale -> {
                    model.addAttribute("stale", stale);
                    return page(audits.view(id), replied(id, reply), model);
                });
    }

    private CaseAuditForm replied(UUID id, String reply) {
        CaseAuditForm form = CaseAuditForm.of(audits.view(id).audit());
        form.typed.put("reply", reply == null ? "" : reply);
        return form;
    }

    private String startPage(
            UUID intervention, UUID round, String framework, Map<String, String> problems, Model model) {
        model.addAttribute("toAudit", audits.caseToAudit(intervention));
        model.addAttribute("round", round);
        List<Framework> newestFirst = new ArrayList<>(frameworks.all());
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("frameworks", newestFirst);
        model.addAttribute("framework", framework == null ? audits.newest().id() : framework);
        model.addAttribute("problems", problems);
        model.addAttribute("errorSummary", summary(problems));
        return "quality/audit-start";
    }

    private String page(CaseAudits.AuditView view, CaseAuditForm form, Model model) {
        Framework framework = view.framework();
        model.addAttribute("view", view);
        model.addAttribute("audit", view.audit());
        model.addAttribute("framework", framework);
        model.addAttribute("standards", view.audit().applicableStandards(framework));
        model.addAttribute("form", form);
        model.addAttribute("problems", form.problems);
        model.addAttribute("errorSummary", summary(form.problems));
        model.addAttribute("evidence", evidenceByPrompt(framework, view));
        model.addAttribute("answers", CaseAudit.Answer.values());
        model.addAttribute("yesOrNo", List.of(CaseAudit.Answer.YES, CaseAudit.Answer.NO));
        model.addAttribute("textLimit", audits.textLimit());
        model.addAttribute("promptsAnswered", promptsAnswered(view));
        model.addAttribute(
                "canAudit",
                org.desist.security.CurrentUser.require().can(org.desist.security.Role.Capability.QUALITY_ASSURANCE));
        return view.mayEdit() ? "quality/audit" : "quality/audit-completed";
    }

    private String checkPage(CaseAudits.AuditView view, Map<String, String> problems, Model model) {
        Map<String, String> linked = new LinkedHashMap<>();
        problems.forEach((f, m) -> linked.put(CaseAuditForm.fieldOf(f), m));
        model.addAttribute("view", view);
        model.addAttribute("audit", view.audit());
        model.addAttribute("framework", view.framework());
        model.addAttribute("standards", view.audit().applicableStandards(view.framework()));
        model.addAttribute("problems", linked);
        model.addAttribute("promptsAnswered", promptsAnswered(view));
        List<ErrorSummary.Item> items = new ArrayList<>();
        linked.forEach((f, m) -> items.add(
                new ErrorSummary.Item("/quality/audits/" + view.audit().id() + "#" + f, m)));
        model.addAttribute("errorSummary", items);
        return "quality/audit-check";
    }

    /** Each prompt's evidence from the record: the findings whose rule the prompt names. */
    private static Map<String, List<Evidence>> evidenceByPrompt(Framework framework, CaseAudits.AuditView view) {
        Map<String, List<Evidence>> byPrompt = new LinkedHashMap<>();
        for (Framework.Standard s : view.audit().applicableStandards(framework)) {
            for (Framework.KeyQuestion kq : s.keyQuestions()) {
                for (Framework.Prompt p : kq.prompts()) {
                    byPrompt.put(
                            p.code(),
                            view.evidence().stream()
                                    .filter(e -> p.evidence().contains(e.key()))
                                    .toList());
                }
            }
        }
        return byPrompt;
    }

    /** How many of each key question's prompts are answered, by key question. */
    private static Map<String, Integer> promptsAnswered(CaseAudits.AuditView view) {
        Map<String, Integer> answered = new LinkedHashMap<>();
        for (Framework.Standard s : view.audit().applicableStandards(view.framework())) {
            for (Framework.KeyQuestion kq : s.keyQuestions()) {
                answered.put(kq.number(), (int) kq.prompts().stream()
                        .filter(p -> view.audit().answers().prompts().containsKey(p.code()))
                        .count());
            }
        }
        return answered;
    }

    private static List<ErrorSummary.Item> summary(Map<String, String> problems) {
        return problems.entrySet().stream()
                .map(e -> new ErrorSummary.Item("#" + e.getKey(), e.getValue()))
                .toList();
    }
}
