package org.desist.court.web;

import static org.desist.court.web.CourtPageParts.DATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtWork;
import org.desist.court.Sentence;
import org.desist.court.SocialWorkerAtCourt;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.security.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The child's Court tab: appearances with their remand or bail, sentences, reports and the social worker's side,
 * each read once whatever the number of appearances.
 */
@Controller
class CourtTab {

    private final CourtWork court;
    private final SocialWorkerAtCourt socialWorker;
    private final ChildRecords children;
    private final Offences offences;
    private final Interventions interventions;
    private final Directory directory;
    private final RecordHeader recordHeader;
    private final Clock clock;

    CourtTab(
            CourtWork court,
            SocialWorkerAtCourt socialWorker,
            ChildRecords children,
            Offences offences,
            Interventions interventions,
            Directory directory,
            RecordHeader recordHeader,
            Clock clock) {
        this.court = court;
        this.socialWorker = socialWorker;
        this.children = children;
        this.offences = offences;
        this.interventions = interventions;
        this.directory = directory;
        this.recordHeader = recordHeader;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/court")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String tab(@PathVariable UUID id, Model model) {
        AccessibleChild child = children.accessible(id);
        CourtWork.CourtRecord record = court.ofChild(child);
        recordHeader.addTo(model, child.id(), "court");
        model.addAttribute("appearances", record.appearances());
        model.addAttribute("atCourt", socialWorker.ofChild(child));
        Map<UUID, List<Sentence>> sentences = new LinkedHashMap<>();
        record.sentences()
                .forEach(s -> sentences
                        .computeIfAbsent(s.appearanceId(), k -> new ArrayList<>())
                        .add(s));
        model.addAttribute("sentences", sentences);
        model.addAttribute("reports", record.reports());
        model.addAttribute("remands", remands(child, record.appearances()));
        model.addAttribute("staff", CourtPageParts.staffNames(directory, child));
        model.addAttribute("today", LocalDate.now(clock));
        Map<UUID, String> offenceLabels = new LinkedHashMap<>();
        if (!record.appearances().isEmpty()) {
            for (Offence o : offences.ofChild(child)) {
                offenceLabels.put(
                        o.id(),
                        DATE.format(o.offenceDate()) + ": " + o.category().label());
            }
        }
        model.addAttribute("offenceLabels", offenceLabels);
        return "court/tab";
    }

    /** The remands and bail support the appearances started, in their order: one read of the child's work. */
    private List<Intervention> remands(AccessibleChild child, List<CourtAppearance> appearances) {
        if (appearances.stream().allMatch(a -> a.remandInterventionId() == null)) {
            return List.of();
        }
        Map<UUID, Intervention> work =
                interventions.ofChild(child).stream().collect(Collectors.toMap(Intervention::id, Function.identity()));
        Map<UUID, Intervention> remands = new LinkedHashMap<>();
        for (CourtAppearance a : appearances) {
            if (a.remandInterventionId() != null && work.containsKey(a.remandInterventionId())) {
                remands.putIfAbsent(a.remandInterventionId(), work.get(a.remandInterventionId()));
            }
        }
        return List.copyOf(remands.values());
    }
}
