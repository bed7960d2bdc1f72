package org.desist.appropriateadult.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.appropriateadult.AppropriateAdultMeasures;
import org.desist.appropriateadult.CallOut;
import org.desist.appropriateadult.CallOutLinks;
import org.desist.appropriateadult.CallOuts;
import org.desist.platform.web.DateParts;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The call-out list (with a period and, for managers, one measure's call-outs) and a call-out's summary page. */
@Controller
class CallOutPages {

    private final CallOuts callOuts;
    private final CallOutLinks links;
    private final AppropriateAdultMeasures measures;
    private final CallOutRows rows;
    private final Clock clock;

    CallOutPages(
            CallOuts callOuts, CallOutLinks links, AppropriateAdultMeasures measures, CallOutRows rows, Clock clock) {
        this.callOuts = callOuts;
        this.links = links;
        this.measures = measures;
        this.rows = rows;
        this.clock = clock;
    }

    /** A period typed into the filter: its days and any problems; the last 31 days when nothing is typed. */
    record Period(LocalDate from, LocalDate to, DateParts fromParts, DateParts toParts, Map<String, String> problems) {

        static Period of(Map<String, String> params, LocalDate today) {
            DateParts from = DateParts.of(params.get("from-day"), params.get("from-month"), params.get("from-year"));
            DateParts to = DateParts.of(params.get("to-day"), params.get("to-month"), params.get("to-year"));
            Map<String, String> problems = new HashMap<>();
            LocalDate f = from.isBlank() ? today.minusDays(30) : from.toDate().orElse(null);
            LocalDate t = to.isBlank() ? today : to.toDate().orElse(null);
            if (f == null) {
                problems.put("from", from.problem("the first day").orElse("Enter a real date"));
            }
            if (t == null) {
                problems.put("to", to.problem("the last day").orElse("Enter a real date"));
            }
            if (f != null && t != null && t.isBefore(f)) {
                problems.put("to", "The last day must be on or after the first day");
            }
            if (!problems.isEmpty()) {
                f = today.minusDays(30);
                t = today;
            }
            return new Period(
                    f, t, from.isBlank() ? DateParts.of(f) : from, to.isBlank() ? DateParts.of(t) : to, problems);
        }

        public String query() {
            return "from-day=" + from.getDayOfMonth() + "&from-month=" + from.getMonthValue() + "&from-year="
                    + from.getYear() + "&to-day=" + to.getDayOfMonth() + "&to-month=" + to.getMonthValue()
                    + "&to-year=" + to.getYear();
        }
    }

    @GetMapping("/appropriate-adults")
    @PreAuthorize("hasAnyAuthority('APPROPRIATE_ADULT', 'APPROPRIATE_ADULT_OVERSIGHT')")
    String list(@RequestParam Map<String, String> params, Model model) {
        Period period = Period.of(params, LocalDate.now(clock));
        CurrentUser user = CurrentUser.require();
        boolean oversight = user.can(Role.Capability.APPROPRIATE_ADULT_OVERSIGHT);
        AppropriateAdultMeasures.Figure figure = oversight
                ? Arrays.stream(AppropriateAdultMeasures.Figure.values())
                        .filter(f -> f.name().equals(params.get("show")))
                        .findFirst()
                        .orElse(null)
                : null;
        List<CallOut> found = figure == null
                ? callOuts.between(period.from(), period.to())
                : measures.drill(period.from(), period.to(), figure);
        model.addAttribute("period", period);
        model.addAttribute("figure", figure);
        model.addAttribute("rows", rows.rows(found));
        model.addAttribute(
                "overnight",
                rows.rows(found.stream().filter(CallOut::overnightDetention).toList()));
        model.addAttribute("late", found.stream().filter(rows::late).count());
        model.addAttribute("target", rows.targetMinutes());
        model.addAttribute("canRecord", user.can(Role.Capability.APPROPRIATE_ADULT));
        model.addAttribute("oversight", oversight);
        model.addAttribute(
                "errorSummary",
                period.problems().entrySet().stream()
                        .map(e ->
                                new org.desist.platform.web.ErrorSummary.Item("#" + e.getKey() + "-day", e.getValue()))
                        .toList());
        return "appropriateadult/call-outs";
    }

    @GetMapping("/appropriate-adults/call-outs/{id}")
    @PreAuthorize("hasAnyAuthority('APPROPRIATE_ADULT', 'APPROPRIATE_ADULT_OVERSIGHT')")
    String show(@PathVariable UUID id, Model model) {
        CallOut callOut = callOuts.get(id);
        CurrentUser user = CurrentUser.require();
        model.addAttribute("callOut", callOut);
        model.addAttribute("row", rows.row(callOut));
        model.addAttribute("canRecord", user.can(Role.Capability.APPROPRIATE_ADULT));
        model.addAttribute("arrived", CallOutRows.when(callOut.arrivedAt()));
        model.addAttribute("leftAt", CallOutRows.when(callOut.leftAt()));
        model.addAttribute(
                "procedures",
                callOut.procedures().isEmpty()
                        ? null
                        : String.join(
                                ", ",
                                callOut.procedures().stream()
                                        .map(CallOut.Procedure::label)
                                        .toList()));
        model.addAttribute("linked", links.linked(callOut).orElse(null));
        model.addAttribute(
                "canLink",
                callOut.childKnown()
                        && callOut.outcome() != null
                        && callOut.outcome().leadsToARecord());
        model.addAttribute(
                "dob",
                callOut.childDateOfBirth() == null
                        ? null
                        : new org.desist.platform.web.Dates().date(callOut.childDateOfBirth()));
        return "appropriateadult/call-out";
    }

    static final Set<String> DATE_FIELDS = Set.of("requestedAt", "childDateOfBirth", "arrivedAt", "leftAt");
}
