package org.desist.victim.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.desist.victim.VictimMeasures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The victim measures of the user's service for a period (YJB KPI 10), each figure with its share; the victims
 * behind a figure only for the victim capability. Default period: the financial year so far.
 */
@Controller
class VictimMeasuresPages {

    private final VictimMeasures measures;
    private final Directory directory;
    private final Clock clock;

    VictimMeasuresPages(VictimMeasures measures, Directory directory, Clock clock) {
        this.measures = measures;
        this.directory = directory;
        this.clock = clock;
    }

    /** The period as typed, with its problems. */
    public record Filter(DateParts from, DateParts to, Map<String, String> problems) {

        public String query() {
            return "from-day=" + from.getDay() + "&from-month=" + from.getMonth() + "&from-year=" + from.getYear()
                    + "&to-day=" + to.getDay() + "&to-month=" + to.getMonth() + "&to-year=" + to.getYear();
        }
    }

    @GetMapping("/victims/measures")
    @PreAuthorize("hasAnyAuthority('VICTIM_VIEW', 'VICTIM_WORK', 'QUALITY_RATINGS')")
    String page(@RequestParam Map<String, String> params, Model model) {
        Filter filter = filter(params);
        YouthJusticeService service = service();
        if (filter.problems().isEmpty()) {
            try {
                model.addAttribute(
                        "period",
                        measures.of(
                                service.id(),
                                filter.from().toDate().orElseThrow(),
                                filter.to().toDate().orElseThrow()));
            } catch (InvalidRequestException e) {
                filter.problems().putAll(e.errors());
            }
        }
        model.addAttribute("service", service);
        model.addAttribute("drillable", CurrentUser.require().can(Role.Capability.VICTIM_VIEW));
        return shown(filter, model, "victim/measures");
    }

    @GetMapping("/victims/measures/victims")
    @PreAuthorize("hasAuthority('VICTIM_VIEW')")
    String victims(
            @RequestParam Map<String, String> params, @RequestParam(defaultValue = "") String measure, Model model) {
        Filter filter = filter(params);
        InvalidRequestException.refuseIf(filter.problems());
        YouthJusticeService service = service();
        LocalDate from = filter.from().toDate().orElseThrow();
        LocalDate to = filter.to().toDate().orElseThrow();
        model.addAttribute("service", service);
        model.addAttribute("measure", measures.measure(service.id(), from, to, measure));
        model.addAttribute("victims", measures.victimsBehind(service.id(), from, to, measure));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return shown(filter, model, "victim/measures-victims");
    }

    private String shown(Filter filter, Model model, String view) {
        model.addAttribute("filter", filter);
        model.addAttribute("problems", filter.problems());
        model.addAttribute(
                "errorSummary",
                filter.problems().entrySet().stream()
                        .map(e -> new ErrorSummary.Item("#" + e.getKey() + "-day", e.getValue()))
                        .toList());
        return view;
    }

    /** The user's service (the first by name when they belong to several). */
    private YouthJusticeService service() {
        return directory.services(CurrentUser.require().serviceIds()).stream()
                .min(Comparator.comparing(YouthJusticeService::name))
                .orElseThrow(() -> new org.desist.platform.NotFoundException("Youth justice service"));
    }

    private Filter filter(Map<String, String> params) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        DateParts from = parts(params, "from", yearStart);
        DateParts to = parts(params, "to", today);
        Map<String, String> problems = new LinkedHashMap<>();
        from.problem("the first date of the period").ifPresent(p -> problems.put("from", p));
        to.problem("the last date of the period").ifPresent(p -> problems.put("to", p));
        return new Filter(from, to, problems);
    }

    private static DateParts parts(Map<String, String> params, String prefix, LocalDate otherwise) {
        List<String> boxes = List.of(prefix + "-day", prefix + "-month", prefix + "-year");
        if (boxes.stream().noneMatch(params::containsKey)) {
            return DateParts.of(otherwise);
        }
        return DateParts.of(params.get(boxes.get(0)), params.get(boxes.get(1)), params.get(boxes.get(2)));
    }
}
