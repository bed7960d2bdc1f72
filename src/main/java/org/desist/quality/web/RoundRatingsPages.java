package org.desist.quality.web;

import java.util.UUID;
import org.desist.quality.RoundRatings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A round's ratings by the inspectorate's rules (the cases behind every "no" for those who audit), and the trend of
 * the service's rounds of one framework. The Board reads both: figures and ratings only.
 */
@Controller
class RoundRatingsPages {

    private final RoundRatings ratings;

    RoundRatingsPages(RoundRatings ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/quality/rounds/{id}/ratings")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    String ratings(@PathVariable UUID id, Model model) {
        RoundRatings.Shown shown = ratings.of(id);
        model.addAttribute("rated", shown);
        model.addAttribute("shown", shown.results());
        return "quality/round-ratings";
    }

    @GetMapping("/quality/rounds/trend")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    String trend(@RequestParam(required = false) String framework, Model model) {
        model.addAttribute("trend", ratings.trend(framework));
        return "quality/round-trend";
    }
}
