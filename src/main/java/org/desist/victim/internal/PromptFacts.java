package org.desist.victim.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.deadline.DateOutsideCalendarException;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gathers what {@link VictimPrompts} reads for a set of victims — their contact, consent and updates, and the
 * disposals on their offences (from the intervention module) — and answers the prompts due for each.
 */
@Component
class PromptFacts {

    private final CaseSideRepository reads;
    /** Lazily: the intervention module reads offences, which read this module's victim work (a bean cycle). */
    private final ObjectProvider<Interventions> interventions;

    private final WorkingDayCalendar calendar;
    private final VictimPrompts.Settings settings;

    PromptFacts(
            CaseSideRepository reads,
            ObjectProvider<Interventions> interventions,
            WorkingDayCalendar calendar,
            @Value("${desist.victim.first-contact-working-days:10}") int firstContactWorkingDays,
            @Value("${desist.victim.update-working-days:5}") int updateWorkingDays) {
        this.reads = reads;
        this.interventions = interventions;
        this.calendar = calendar;
        this.settings = new VictimPrompts.Settings(firstContactWorkingDays, updateWorkingDays);
    }

    /** The prompts due for each of these victims' work (victims with none are absent), soonest due first. */
    Map<UUID, List<VictimPrompts.Prompt>> due(Collection<CaseSideRepository.Work> work) {
        Map<UUID, List<VictimPrompts.Prompt>> due = new LinkedHashMap<>();
        for (VictimPrompts.Facts f : facts(work)) {
            try {
                List<VictimPrompts.Prompt> prompts = VictimPrompts.due(f, settings, calendar);
                if (!prompts.isEmpty()) {
                    due.put(
                            f.victimId(),
                            prompts.stream()
                                    .sorted(java.util.Comparator.comparing(VictimPrompts.Prompt::dueDate))
                                    .toList());
                }
            } catch (DateOutsideCalendarException e) {
                // Work recorded outside the bank-holiday data (before 2018 or after its end): no prompt computed.
            }
        }
        return due;
    }

    List<VictimPrompts.Facts> facts(Collection<CaseSideRepository.Work> work) {
        List<UUID> ids = work.stream().map(CaseSideRepository.Work::victimId).toList();
        Map<UUID, List<UUID>> offences = reads.offences(ids);
        Map<UUID, VictimPrompts.Consent> contactConsent = reads.consent(ids, "CONTACT");
        Map<UUID, CaseSideRepository.Contacts> contacts = reads.contacts(ids);
        Map<UUID, List<VictimPrompts.Update>> updates = reads.updates(ids);
        Map<UUID, List<Intervention>> onOffences = ids.isEmpty()
                ? Map.of()
                : interventions
                        .getObject()
                        .onOffences(offences.values().stream()
                                .flatMap(List::stream)
                                .distinct()
                                .toList());
        List<VictimPrompts.Facts> facts = new ArrayList<>();
        for (CaseSideRepository.Work w : work) {
            List<VictimPrompts.Disposal> disposals = offences.getOrDefault(w.victimId(), List.of()).stream()
                    .flatMap(o -> onOffences.getOrDefault(o, List.of()).stream())
                    .distinct()
                    .filter(PromptFacts::isDisposal)
                    .map(i -> new VictimPrompts.Disposal(
                            i.startDate(), i.closedOn(), i.type().kind() == InterventionType.Kind.COURT_ORDER))
                    .toList();
            CaseSideRepository.Contacts c = contacts.get(w.victimId());
            facts.add(new VictimPrompts.Facts(
                    w.victimId(),
                    w.recordedOn(),
                    w.wantsUpdates(),
                    w.closedOn(),
                    contactConsent.getOrDefault(w.victimId(), VictimPrompts.Consent.NONE),
                    c != null && c.attempts() > 0,
                    disposals,
                    updates.getOrDefault(w.victimId(), List.of())));
        }
        return facts;
    }

    /** An out-of-court disposal or a court order that has started (a referral not yet started is not one). */
    private static boolean isDisposal(Intervention i) {
        InterventionType.Kind kind = i.type().kind();
        return (kind == InterventionType.Kind.OUT_OF_COURT || kind == InterventionType.Kind.COURT_ORDER)
                && i.startDate() != null
                && !i.status().isReferred();
    }
}
