package org.desist.quality.web;

import java.util.UUID;
import org.desist.quality.InspectionReadiness;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Inspection readiness: the open cases of a team or a case manager with the evidence gaps an auditor would find,
 * for QA leads and managers; a case manager sees their own cases ({@code ?caseManager=me}).
 */
@Controller
class ReadinessPage {

    private final InspectionReadiness readiness;

    ReadinessPage(InspectionReadiness readiness) {
        this.readiness = readiness;
    }

    @GetMapping("/quality/readiness")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE') or hasAuthority('CHILD_VIEW')")
    String show(
            @RequestParam(required = false) String team,
            @RequestParam(required = false) String caseManager,
            Model model) {
        UUID caseManagerId = "me".equals(caseManager) ? CurrentUser.require().id() : uuid(caseManager);
        InspectionReadiness.View view = readiness.of(uuid(team), caseManagerId);
        model.addAttribute("view", view);
        model.addAttribute(
                "names",
                org.desist.quality.EvidenceRules.KEYS.stream()
                        .collect(java.util.stream.Collectors.toMap(k -> k, org.desist.quality.EvidenceRules::name)));
        model.addAttribute("team", view.team() == null ? "" : view.team().id().toString());
        model.addAttribute(
                "caseManager",
                view.caseManager() == null ? "" : view.caseManager().id().toString());
        return "quality/readiness";
    }

    /** A chosen id, or null when none (or something that is not an id) was chosen: the filter is then not applied. */
    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
