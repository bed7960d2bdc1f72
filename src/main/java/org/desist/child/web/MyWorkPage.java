package org.desist.child.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.deadline.WorkDueElsewhere;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My work" for a case manager and the team view for managers: open due items, overdue first. */
@Controller
class MyWorkPage {

    private final DueItems dueItems;
    private final ChildRecords children;
    private final Clock clock;
    private final List<WorkDueElsewhere> elsewhere;

    MyWorkPage(DueItems dueItems, ChildRecords children, Clock clock, List<WorkDueElsewhere> elsewhere) {
        this.dueItems = dueItems;
        this.children = children;
        this.clock = clock;
        this.elsewhere = elsewhere;
    }

    /** A due item with the child it concerns, for a table row. */
    public record Row(DueItem item, ChildSummary child) {}

    @GetMapping("/work")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String myWork(Model model) {
        CurrentUser user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        // Work due that is not a child's (e.g. improvement plans' actions), from the modules that hold it.
        model.addAttribute(
                "ownSections",
                elsewhere.stream()
                        .flatMap(e -> e.ownedBy(user.id(), user.serviceIds(), today).stream())
                        .toList());
        return page(dueItems.openFor(user.id(), user.serviceIds()), "My work", model);
    }

    @GetMapping("/work/team")
    @PreAuthorize("hasAuthority('TEAM_CASELOAD')")
    String teamWork(Model model) {
        return page(dueItems.openIn(CurrentUser.require().serviceIds()), "Team work", model);
    }

    private String page(List<DueItem> items, String title, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute(
                "overseeSections",
                elsewhere.stream()
                        .flatMap(e -> e.overdueToOversee(CurrentUser.require().serviceIds(), today).stream())
                        .toList());
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<java.util.UUID, ChildSummary> names =
                children.visible(items.stream().map(DueItem::childId).distinct().toList());
        List<Row> rows = items.stream()
                .filter(i -> names.containsKey(i.childId()))
                .map(i -> new Row(i, names.get(i.childId())))
                .toList();
        model.addAttribute("title", title);
        model.addAttribute(
                "overdue",
                rows.stream().filter(r -> r.item().dueDate().isBefore(today)).toList());
        model.addAttribute(
                "thisWeek",
                rows.stream()
                        .filter(r -> !r.item().dueDate().isBefore(today)
                                && !r.item().dueDate().isAfter(endOfWeek))
                        .toList());
        model.addAttribute(
                "later",
                rows.stream().filter(r -> r.item().dueDate().isAfter(endOfWeek)).toList());
        return "deadline/work";
    }
}
