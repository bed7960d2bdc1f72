package org.desist.child.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.platform.StaleRecordException;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.Directory;
import org.desist.security.YouthJusticeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Transfer this case" for operational managers: a question page (where to, and why), check your answers,
 * then a confirmation. The answers wait in the session between the pages; nothing moves until the manager
 * confirms. Afterwards the manager's service no longer sees the child.
 */
@Controller
class ChildTransferPages {

    static final String MANAGER = "hasAuthority('CHILD_EDIT') and hasAuthority('TEAM_CASELOAD')";

    private final ChildRecordService records;
    private final Directory directory;

    ChildTransferPages(ChildRecordService records, Directory directory) {
        this.records = records;
        this.directory = directory;
    }

    /** What the manager answered, and the version of the record they answered about. */
    record Answers(UUID toServiceId, String reason, long version) implements Serializable {}

    @GetMapping("/children/{id}/transfer")
    @PreAuthorize(MANAGER)
    String question(@PathVariable UUID id, HttpSession session, Model model) {
        Child child = records.forEditing(id);
        Answers answers = answers(session, id);
        return question(
                child,
                answers == null || answers.toServiceId() == null
                        ? ""
                        : answers.toServiceId().toString(),
                answers == null ? "" : answers.reason(),
                Map.of(),
                model);
    }

    @PostMapping("/children/{id}/transfer")
    @PreAuthorize(MANAGER)
    String answer(
            @PathVariable UUID id,
            @RequestParam(required = false) String toServiceId,
            @RequestParam(defaultValue = "") String reason,
            HttpSession session,
            Model model) {
        Child child = records.forEditing(id);
        UUID to = uuid(toServiceId);
        Map<String, String> problems = records.transferProblems(child, to, reason);
        if (!problems.isEmpty()) {
            return question(child, toServiceId == null ? "" : toServiceId, reason, problems, model);
        }
        session.setAttribute(key(id), new Answers(to, reason.trim(), child.version()));
        return "redirect:/children/" + id + "/transfer/check";
    }

    @GetMapping("/children/{id}/transfer/check")
    @PreAuthorize(MANAGER)
    String check(@PathVariable UUID id, HttpSession session, Model model) {
        Child child = records.forEditing(id);
        Answers answers = answers(session, id);
        if (answers == null) {
            return "redirect:/children/" + id + "/transfer";
        }
        return checkPage(child, answers, null, model);
    }

    @PostMapping("/children/{id}/transfer/confirm")
    @PreAuthorize(MANAGER)
    String confirm(@PathVariable UUID id, HttpSession session, Model model, RedirectAttributes redirect) {
        Child child = records.forEditing(id);
        Answers answers = answers(session, id);
        if (answers == null) {
            return "redirect:/children/" + id + "/transfer";
        }
        return FormSubmission.confirm(
                () -> {
                    ChildRecordService.Transfer transfer =
                            records.transfer(id, answers.version(), answers.toServiceId(), answers.reason());
                    session.removeAttribute(key(id));
                    redirect.addFlashAttribute(
                            "childName",
                            child.details().givenName() + " " + child.details().familyName());
                    redirect.addFlashAttribute("toService", serviceName(transfer.toServiceId()));
                    redirect.addFlashAttribute("caseManagerKept", transfer.caseManagerKept());
                    return "redirect:/children/transferred";
                },
                refused -> question(
                        child,
                        answers.toServiceId() == null
                                ? ""
                                : answers.toServiceId().toString(),
                        answers.reason(),
                        refused.errors(),
                        model),
                stale -> {
                    Answers fresh = new Answers(answers.toServiceId(), answers.reason(), stale.currentVersion());
                    session.setAttribute(key(id), fresh);
                    return checkPage(records.forEditing(id), fresh, stale, model);
                });
    }

    @GetMapping("/children/transferred")
    @PreAuthorize(MANAGER)
    String transferred() {
        return "child/transferred";
    }

    private String question(Child child, String toServiceId, String reason, Map<String, String> problems, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("homeServiceName", serviceName(child.serviceId()));
        model.addAttribute(
                "services",
                records.transferDestinations(child).stream()
                        .map(s -> new Option(s.id().toString(), s.name()))
                        .toList());
        model.addAttribute("toServiceId", toServiceId);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        List<ErrorSummary.Item> summary = new ArrayList<>();
        for (String field : List.of("toServiceId", "reason")) {
            if (problems.containsKey(field)) {
                summary.add(new ErrorSummary.Item("#" + field, problems.get(field)));
            }
        }
        model.addAttribute("errorSummary", summary);
        return "child/transfer";
    }

    private String checkPage(Child child, Answers answers, StaleRecordException stale, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("fromService", serviceName(child.serviceId()));
        model.addAttribute("toService", serviceName(answers.toServiceId()));
        model.addAttribute("answers", answers);
        model.addAttribute("stale", stale);
        model.addAttribute(
                "caseManagerMoves",
                child.details().caseManagerId() != null
                        && records.caseHolders(answers.toServiceId()).stream()
                                .noneMatch(s -> s.id().equals(child.details().caseManagerId())));
        return "child/transfer-check";
    }

    private String serviceName(UUID serviceId) {
        return directory.service(serviceId).map(YouthJusticeService::name).orElse("Unknown service");
    }

    private static Answers answers(HttpSession session, UUID id) {
        return session.getAttribute(key(id)) instanceof Answers a ? a : null;
    }

    private static String key(UUID id) {
        return "desist.transfer." + id;
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
