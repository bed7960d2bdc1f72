package org.desist.victim.web;

import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.platform.web.FormSubmission;
import org.desist.victim.RestorativeJustice;
import org.desist.victim.RestorativeJustices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager's side of restorative justice: the risk assessments waiting for approval, and each one's approval
 * page (Restorative Justice Council practice: a direct meeting only after a manager approves its risk assessment).
 */
@Controller
class RestorativeJusticeApprovalPages {

    private final RestorativeJustices rj;
    private final ChildRecords children;

    RestorativeJusticeApprovalPages(RestorativeJustices rj, ChildRecords children) {
        this.rj = rj;
        this.children = children;
    }

    @GetMapping("/restorative-justice/approvals")
    @PreAuthorize("hasAuthority('VICTIM_WORK') and hasAuthority('COUNTERSIGN')")
    String waiting(Model model) {
        model.addAttribute("waiting", rj.waitingForApproval());
        return "victim/restorative-approvals";
    }

    @GetMapping("/victims/{id}/restorative-justice/approval")
    @PreAuthorize("hasAuthority('VICTIM_WORK') and hasAuthority('COUNTERSIGN')")
    String approval(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    @PostMapping("/victims/{id}/restorative-justice/approval")
    @PreAuthorize("hasAuthority('VICTIM_WORK') and hasAuthority('COUNTERSIGN')")
    String approve(@PathVariable UUID id, @RequestParam long version, Model model) {
        return FormSubmission.confirm(
                () -> {
                    rj.approveRisk(id, version);
                    return "redirect:/restorative-justice/approvals?approved";
                },
                refused -> {
                    model.addAttribute(
                            "errorSummary",
                            refused.errors().values().stream()
                                    .map(m -> new org.desist.platform.web.ErrorSummary.Item("#approve", m))
                                    .toList());
                    return page(id, model);
                },
                stale -> {
                    model.addAttribute("stale", stale);
                    return page(id, model);
                });
    }

    private String page(UUID id, Model model) {
        RestorativeJustices.WithVictim seen = rj.withVictim(id);
        RestorativeJustice current =
                seen.rj().orElseThrow(() -> new org.desist.platform.NotFoundException("Restorative justice"));
        model.addAttribute("victim", seen.victim());
        model.addAttribute("child", children.visible(seen.childId()));
        model.addAttribute("rj", current);
        model.addAttribute("names", rj.names(current));
        if (!model.containsAttribute("errorSummary")) {
            model.addAttribute("errorSummary", java.util.List.of());
        }
        return "victim/restorative-approval";
    }
}
