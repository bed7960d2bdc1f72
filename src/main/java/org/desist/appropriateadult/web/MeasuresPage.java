package org.desist.appropriateadult.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.desist.appropriateadult.AppropriateAdultMeasures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The measures of a period, each figure a link to the call-outs it counts. */
@Controller
class MeasuresPage {

    private final AppropriateAdultMeasures measures;
    private final Clock clock;

    MeasuresPage(AppropriateAdultMeasures measures, Clock clock) {
        this.measures = measures;
        this.clock = clock;
    }

    @GetMapping("/appropriate-adults/measures")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT_OVERSIGHT')")
    String show(@RequestParam Map<String, String> params, Model model) {
        CallOutPages.Period period = CallOutPages.Period.of(params, LocalDate.now(clock));
        AppropriateAdultMeasures.Measures m = measures.of(period.from(), period.to());
        model.addAttribute("period", period);
        model.addAttribute("measures", m);
        model.addAttribute(
                "median", m.medianResponse().map(CallOutRows::duration).orElse("No arrivals in the period"));
        model.addAttribute("oversight", true);
        model.addAttribute(
                "errorSummary",
                period.problems().entrySet().stream()
                        .map(e ->
                                new org.desist.platform.web.ErrorSummary.Item("#" + e.getKey() + "-day", e.getValue()))
                        .toList());
        return "appropriateadult/measures";
    }
}
