package org.desist.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.Option;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The filterable audit log for administrators: who did what to which record, in their services. */
@Controller
class AuditLogPage {

    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    AuditLogPage(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('AUDIT_LOG')")
    String log(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String child,
            @RequestParam(name = "from-day", required = false) String fromDay,
            @RequestParam(name = "from-month", required = false) String fromMonth,
            @RequestParam(name = "from-year", required = false) String fromYear,
            @RequestParam(name = "to-day", required = false) String toDay,
            @RequestParam(name = "to-month", required = false) String toMonth,
            @RequestParam(name = "to-year", required = false) String toYear,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        List<ErrorSummary.Item> errors = new ArrayList<>();
        DateParts from = DateParts.of(fromDay, fromMonth, fromYear);
        DateParts to = DateParts.of(toDay, toMonth, toYear);
        if (!from.isBlank()) {
            from.problem("the from date").ifPresent(p -> {
                errors.add(new ErrorSummary.Item("#from-day", p));
                model.addAttribute("fromError", p);
            });
        }
        if (!to.isBlank()) {
            to.problem("the to date").ifPresent(p -> {
                errors.add(new ErrorSummary.Item("#to-day", p));
                model.addAttribute("toError", p);
            });
        }
        AuditAction chosenAction = null;
        if (action != null && !action.isBlank()) {
            try {
                chosenAction = AuditAction.valueOf(action);
            } catch (IllegalArgumentException e) {
                errors.add(new ErrorSummary.Item("#action", "Select an action from the list"));
            }
        }
        UUID childId = null;
        if (child != null && !child.isBlank()) {
            try {
                childId = UUID.fromString(child.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new ErrorSummary.Item("#child", "Enter a child's record ID, like 3f2c…, or leave it blank"));
            }
        }
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("child", child);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actions", Option.of(AuditAction.class, AuditAction::label));
        if (!errors.isEmpty()) {
            model.addAttribute("errorSummary", errors);
            model.addAttribute("entries", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("page", 1);
            model.addAttribute("pages", 1);
            return "audit/log";
        }
        var filter = new AuditTrail.Filter(
                actor,
                chosenAction,
                childId,
                from.isBlank() ? null : from.toDate().orElseThrow(),
                to.isBlank() ? null : to.toDate().orElseThrow());
        var services = CurrentUser.require().serviceIds();
        long total = audit.count(filter, services);
        int current = Math.max(1, page);
        model.addAttribute("entries", audit.search(filter, services, (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        return "audit/log";
    }
}
