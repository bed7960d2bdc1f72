package org.desist.casesummary.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.assessment.Assessment;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.assessment.ClassificationChange;
import org.desist.assessment.Lens;
import org.desist.child.ChildHeading;
import org.desist.child.ChildRecords;
import org.desist.child.Education;
import org.desist.child.RecordHeader;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologyType;
import org.desist.contact.ContactLog;
import org.desist.contact.Contacts;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The one-page case summary a manager reads in a minute (and prints): the child, the work in progress with
 * its case manager, current classifications and compliance, what is due and overdue, and the latest thing of
 * each kind that happened. The view is audited.
 */
@Controller
class CaseSummaryPage {

    static final String RECORD_TYPE = "CASE_SUMMARY";

    private final ChildChronology chronology;
    private final ChildRecords children;
    private final RecordHeader recordHeader;
    private final Interventions interventions;
    private final Assessments assessments;
    private final Contacts contacts;
    private final DueItems dueItems;
    private final Directory directory;
    private final Clock clock;

    CaseSummaryPage(
            ChildChronology chronology,
            ChildRecords children,
            RecordHeader recordHeader,
            Interventions interventions,
            Assessments assessments,
            Contacts contacts,
            DueItems dueItems,
            Directory directory,
            Clock clock) {
        this.chronology = chronology;
        this.children = children;
        this.recordHeader = recordHeader;
        this.interventions = interventions;
        this.assessments = assessments;
        this.contacts = contacts;
        this.dueItems = dueItems;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * An intervention in progress: who holds it, its current classifications (the latest of each lens in the
     * classification history, which is written when an assessment is submitted), its latest assessment and
     * its contacts and compliance.
     */
    record Work(
            Intervention intervention,
            String caseManager,
            Classification safety,
            Classification harm,
            Assessment assessment,
            ContactLog contacts) {}

    /** The latest entry of one type, or none yet. */
    record Latest(ChronologyType type, ChronologyEntry entry) {}

    @GetMapping("/children/{id}/case-summary")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String summary(@PathVariable UUID id, Model model) {
        ChildHeading child = recordHeader.addTo(model, id, "case-summary");
        model.addAttribute("hostView", children.seenAsHost(id));
        LocalDate today = LocalDate.now(clock);
        Education education = children.education(child.id());
        List<ChronologyEntry> entries = chronology.viewed(child.id(), RECORD_TYPE, "Viewed the case summary");

        List<Work> work = new ArrayList<>();
        for (Intervention i : interventions.ofChild(children.accessible(child.id()))) {
            if (i.status() == Intervention.Status.CLOSED) {
                continue;
            }
            List<ClassificationChange> history = assessments.history(i.id());
            work.add(new Work(
                    i,
                    name(i.caseManagerId()).orElse("Not allocated"),
                    current(history, Lens.SAFETY_AND_WELLBEING),
                    current(history, Lens.RISK_OF_HARM),
                    assessments.currentOf(i.id()).orElse(null),
                    contacts.log(i.id())));
        }

        List<DueItem> open = dueItems.forChild(child.id()).stream()
                .filter(item -> item.status() == DueItem.Status.OPEN)
                .sorted(Comparator.comparing(DueItem::dueDate))
                .toList();

        Map<ChronologyType, ChronologyEntry> latest = Timeline.latestOfEachType(entries);
        List<Latest> latestOfEach = new ArrayList<>();
        for (ChronologyType type : ChronologyType.values()) {
            latestOfEach.add(new Latest(type, latest.get(type)));
        }

        model.addAttribute("today", today);
        model.addAttribute("education", education);
        model.addAttribute("childCaseManager", name(child.caseManagerId()).orElse("Not allocated"));
        model.addAttribute("work", work);
        model.addAttribute("open", open);
        model.addAttribute(
                "overdue", open.stream().filter(item -> item.overdueOn(today)).count());
        model.addAttribute("latest", latestOfEach);
        return "casesummary/summary";
    }

    private static Classification current(List<ClassificationChange> history, Lens lens) {
        Classification current = null;
        for (ClassificationChange change : history) {
            if (change.lens() == lens) {
                current = change.to();
            }
        }
        return current;
    }

    private Optional<String> name(UUID staffId) {
        return staffId == null
                ? Optional.empty()
                : directory.staffMember(staffId).map(StaffMember::displayName);
    }
}
