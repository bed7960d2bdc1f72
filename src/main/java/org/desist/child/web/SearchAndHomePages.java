package org.desist.child.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.child.domain.ChildListing;
import org.desist.child.domain.ChildSearch;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page for each role (my caseload, team caseload) and finding a child. */
@Controller
class SearchAndHomePages {

    private final ChildSearch search;

    SearchAndHomePages(ChildSearch search) {
        this.search = search;
    }

    /** Everyone signed in has a home page; what it shows depends on their roles. */
    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        CurrentUser user = CurrentUser.require();
        if (user.can(Role.Capability.CHILD_VIEW)) {
            model.addAttribute("myCaseload", search.caseloadOf(user.id(), user.serviceIds()));
        }
        if (user.can(Role.Capability.TEAM_CASELOAD)) {
            Map<String, List<ChildListing>> team = new LinkedHashMap<>();
            for (ChildListing child : search.teamCaseload(user.serviceIds())) {
                team.computeIfAbsent(
                                child.caseManagerName() == null ? "Not allocated" : child.caseManagerName(),
                                k -> new java.util.ArrayList<>())
                        .add(child);
            }
            model.addAttribute("teamCaseload", team);
        }
        return "child/home";
    }

    @GetMapping("/children")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String find(
            @RequestParam(required = false) String q,
            @RequestParam(name = "dob-day", required = false) String day,
            @RequestParam(name = "dob-month", required = false) String month,
            @RequestParam(name = "dob-year", required = false) String year,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        DateParts dob = DateParts.of(day, month, year);
        model.addAttribute("q", q);
        model.addAttribute("dob", dob);
        var date = dob.isBlank() ? java.util.Optional.<java.time.LocalDate>empty() : dob.toDate();
        if (!dob.isBlank() && date.isEmpty()) {
            String message = dob.problem("date of birth").orElse("Date of birth must be a real date");
            model.addAttribute("dobError", message);
            model.addAttribute("errorSummary", List.of(new ErrorSummary.Item("#dob-day", message)));
        } else {
            var query = new ChildSearch.Query(q, date.orElse(null), page);
            model.addAttribute("searched", !query.isEmpty());
            model.addAttribute(
                    "results", search.search(query, CurrentUser.require().serviceIds()));
        }
        return htmx != null ? "child/search :: results" : "child/search";
    }
}
