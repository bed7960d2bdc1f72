package org.desist.casesummary.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildHeading;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologyType;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Chronology tab of the child's record: everything that happened in the case, newest first, as a MOJ
 * timeline, filtered by type and dates with a plain GET form (htmx refreshes the list when a type is ticked,
 * when JavaScript is on). The view is audited.
 */
@Controller
class ChronologyPage {

    static final String RECORD_TYPE = "CHRONOLOGY";

    private final ChildChronology chronology;
    private final ChildRecords children;
    private final RecordHeader recordHeader;

    ChronologyPage(ChildChronology chronology, ChildRecords children, RecordHeader recordHeader) {
        this.chronology = chronology;
        this.children = children;
        this.recordHeader = recordHeader;
    }

    /** One type on the filter form: whether it is ticked and how many entries of it there are. */
    record TypeOption(String value, String label, boolean checked, long count) {}

    @GetMapping("/children/{id}/chronology")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String chronology(
            @PathVariable UUID id,
            @RequestParam(name = "type", required = false) List<String> type,
            @RequestParam(name = "from-day", required = false) String fromDay,
            @RequestParam(name = "from-month", required = false) String fromMonth,
            @RequestParam(name = "from-year", required = false) String fromYear,
            @RequestParam(name = "to-day", required = false) String toDay,
            @RequestParam(name = "to-month", required = false) String toMonth,
            @RequestParam(name = "to-year", required = false) String toYear,
            Model model) {
        ChildHeading child = recordHeader.addTo(model, id, "chronology");
        model.addAttribute("hostView", children.seenAsHost(id));
        List<ChronologyEntry> all = chronology.viewed(child.id(), RECORD_TYPE, "Viewed the chronology");

        DateParts from = DateParts.of(fromDay, fromMonth, fromYear);
        DateParts to = DateParts.of(toDay, toMonth, toYear);
        List<ErrorSummary.Item> errors = new ArrayList<>();
        LocalDate fromDate = date(from, "the from date", "from", errors, model);
        LocalDate toDate = date(to, "the to date", "to", errors, model);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            String problem = "The to date must be the same as or after the from date";
            errors.add(new ErrorSummary.Item("#to-day", problem));
            model.addAttribute("toError", problem);
        }
        Timeline.Filter filter = new Timeline.Filter(Timeline.types(type), fromDate, toDate);

        Map<ChronologyType, Long> counts = new EnumMap<>(ChronologyType.class);
        all.forEach(e -> counts.merge(e.type(), 1L, Long::sum));
        List<TypeOption> options = new ArrayList<>();
        for (ChronologyType t : ChronologyType.values()) {
            options.add(new TypeOption(t.name(), t.label(), filter.chosen(t), counts.getOrDefault(t, 0L)));
        }
        model.addAttribute("types", options);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("total", all.size());
        model.addAttribute("narrowed", filter.narrowed());
        if (errors.isEmpty()) {
            model.addAttribute("entries", Timeline.filter(all, filter));
        } else {
            model.addAttribute("errorSummary", errors);
            model.addAttribute("entries", List.of());
        }
        return "casesummary/chronology";
    }

    /** The date typed into a filter, null when left blank or wrong (then the problem is added). */
    private static LocalDate date(
            DateParts parts, String what, String prefix, List<ErrorSummary.Item> errors, Model model) {
        if (parts.isBlank()) {
            return null;
        }
        var problem = parts.problem(what);
        if (problem.isPresent()) {
            errors.add(new ErrorSummary.Item("#" + prefix + "-day", problem.get()));
            model.addAttribute(prefix + "Error", problem.get());
            return null;
        }
        return parts.toDate().orElseThrow();
    }
}
