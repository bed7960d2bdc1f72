package org.desist.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.assessment.Assessment;
import org.desist.assessment.Assessments;
import org.desist.contact.ContactLog;
import org.desist.contact.Contacts;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.oversight.ManagementOversight;
import org.desist.plan.Plan;
import org.desist.plan.Plans;
import org.desist.quality.CaseEvidence;
import org.desist.quality.CaseFacts;
import org.desist.quality.Evidence;
import org.desist.quality.EvidenceRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence from the record: gathers each case's facts from the modules that own them, in one bulk read per
 * module whatever the number of cases, and runs every rule ({@link EvidenceRules}) over them.
 */
@Component
class RecordEvidence implements CaseEvidence {

    private final Interventions interventions;
    private final Assessments assessments;
    private final Plans plans;
    private final DueItems dueItems;
    private final ManagementOversight oversight;
    private final Contacts contacts;
    private final OutOfCourtDisposals outOfCourt;
    private final Clock clock;
    private final Period oversightWithin;

    RecordEvidence(
            Interventions interventions,
            Assessments assessments,
            Plans plans,
            DueItems dueItems,
            ManagementOversight oversight,
            Contacts contacts,
            OutOfCourtDisposals outOfCourt,
            Clock clock,
            @Value("${desist.oversight.recent-within:P3M}") String oversightWithin) {
        this.interventions = interventions;
        this.assessments = assessments;
        this.plans = plans;
        this.dueItems = dueItems;
        this.oversight = oversight;
        this.contacts = contacts;
        this.outOfCourt = outOfCourt;
        this.clock = clock;
        this.oversightWithin = Period.parse(oversightWithin);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evidence> of(UUID interventionId) {
        return ofAll(List.of(interventionId)).getOrDefault(interventionId, List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<Evidence>> ofAll(Collection<UUID> interventionIds) {
        if (interventionIds.isEmpty()) {
            return Map.of();
        }
        List<Intervention> cases = interventions.inYourServices(interventionIds);
        List<UUID> ids = cases.stream().map(Intervention::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Assessment> assessed = assessments.currentOf(ids);
        Map<UUID, Plan> planned = plans.currentOf(ids);
        Map<UUID, LocalDate> overseen = oversight.lastRecordedOn(ids);
        Map<UUID, ContactLog> logs = contacts.logsOf(ids);
        Map<UUID, OutOfCourtDisposals.PanelOutcome> panels = outOfCourt.panelsOf(ids);
        List<UUID> records = new ArrayList<>(ids);
        panels.values().forEach(p -> records.add(p.referralId()));
        Map<UUID, List<DueItem>> due =
                dueItems.forRecords(records).stream().collect(Collectors.groupingBy(DueItem::triggerRecordId));
        Map<UUID, List<Evidence>> found = new HashMap<>();
        for (Intervention i : cases) {
            OutOfCourtDisposals.PanelOutcome panel = panels.get(i.id());
            List<CaseFacts.Due> itsDue = new ArrayList<>();
            due.getOrDefault(i.id(), List.of()).forEach(d -> itsDue.add(FactsFromTheRecord.due(d)));
            if (panel != null) {
                due.getOrDefault(panel.referralId(), List.of()).forEach(d -> itsDue.add(FactsFromTheRecord.due(d)));
            }
            CaseFacts facts = new CaseFacts(
                    i.id(),
                    i.childId(),
                    i.type().kind() == InterventionType.Kind.OUT_OF_COURT,
                    i.startDate(),
                    FactsFromTheRecord.assessment(assessed.get(i.id())),
                    FactsFromTheRecord.plan(planned.get(i.id())),
                    itsDue,
                    overseen.get(i.id()),
                    FactsFromTheRecord.contacts(logs.get(i.id()), today),
                    FactsFromTheRecord.referral(panel));
            found.put(i.id(), EvidenceRules.of(facts, today, oversightWithin));
        }
        return found;
    }
}
