package org.desist.quality.web;

import org.desist.platform.NotFoundException;
import org.desist.quality.Frameworks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The inspection framework versions the service rates by, for administrators and quality leads to check. */
@Controller
@PreAuthorize("hasAnyAuthority('QUALITY_RATINGS', 'ADMINISTER')")
class FrameworkPages {

    private final Frameworks frameworks;

    FrameworkPages(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/quality/frameworks")
    String list(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        return "quality/frameworks";
    }

    @GetMapping("/quality/frameworks/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute(
                "framework", frameworks.find(id).orElseThrow(() -> new NotFoundException("Inspection framework")));
        return "quality/framework";
    }
}
