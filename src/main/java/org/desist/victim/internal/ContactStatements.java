package org.desist.victim.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where contact, consent, the shared wishes and the Victims' Code offers stand for each victim, in a few words for
 * the child's side (e.g. "victim contacted, wishes shared"), and the prompts of victim work that are still due
 * ("first contact attempt due by 15 December 2026"), then the updates and the closure ({@link #order} 10 and 80:
 * restorative justice comes between).
 */
@Component
class ContactStatements implements VictimWorkStatement {

    private final CaseSideRepository reads;
    private final PromptFacts prompts;
    private final Clock clock;

    ContactStatements(CaseSideRepository reads, PromptFacts prompts, Clock clock) {
        this.reads = reads;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    /** The contact, consent, wishes and offers statements of each victim's work. */
    @Override
    public Map<UUID, List<String>> about(Collection<UUID> victimIds) {
        List<CaseSideRepository.Work> work = reads.work(victimIds);
        List<UUID> ids = work.stream().map(CaseSideRepository.Work::victimId).toList();
        Map<UUID, VictimPrompts.Consent> contact = reads.consent(ids, "CONTACT");
        Map<UUID, VictimPrompts.Consent> sharing = reads.consent(ids, "SHARING");
        Map<UUID, CaseSideRepository.Contacts> contacts = reads.contacts(ids);
        Map<UUID, List<String>> offers = reads.offers(ids);
        Map<UUID, List<VictimPrompts.Prompt>> due = prompts.due(work);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<String>> said = new LinkedHashMap<>();
        for (CaseSideRepository.Work w : work) {
            List<String> words = new ArrayList<>(StatementWording.contact(
                    contact.getOrDefault(w.victimId(), VictimPrompts.Consent.NONE),
                    contacts.getOrDefault(w.victimId(), new CaseSideRepository.Contacts(0, 0, null))));
            words.addAll(StatementWording.wishes(
                    sharing.getOrDefault(w.victimId(), VictimPrompts.Consent.NONE), w.sharedWishes() != null));
            words.addAll(StatementWording.offers(offers.getOrDefault(w.victimId(), List.of())));
            due.getOrDefault(w.victimId(), List.of()).stream()
                    .filter(p -> p.kind() == VictimPrompts.Kind.FIRST_CONTACT)
                    .forEach(p -> words.add(StatementWording.due(p, today)));
            if (!words.isEmpty()) {
                said.put(w.victimId(), words);
            }
        }
        return said;
    }

    /** The updates and closure statements: after restorative justice in the line. */
    @Component
    static class UpdatesAndClosure implements VictimWorkStatement {

        private final CaseSideRepository reads;
        private final PromptFacts prompts;
        private final Clock clock;

        UpdatesAndClosure(CaseSideRepository reads, PromptFacts prompts, Clock clock) {
            this.reads = reads;
            this.prompts = prompts;
            this.clock = clock;
        }

        @Override
        public int order() {
            return 80;
        }

        @Override
        public Map<UUID, List<String>> about(Collection<UUID> victimIds) {
            List<CaseSideRepository.Work> work = reads.work(victimIds);
            List<UUID> ids =
                    work.stream().map(CaseSideRepository.Work::victimId).toList();
            Map<UUID, List<VictimPrompts.Update>> updates = reads.updates(ids);
            Map<UUID, List<VictimPrompts.Prompt>> due = prompts.due(work);
            LocalDate today = LocalDate.now(clock);
            Map<UUID, List<String>> said = new LinkedHashMap<>();
            for (CaseSideRepository.Work w : work) {
                List<String> words = new ArrayList<>();
                if (w.wantsUpdates() && w.closedOn() == null) {
                    words.addAll(StatementWording.updates(
                            updates.getOrDefault(w.victimId(), List.of()).size()));
                    due.getOrDefault(w.victimId(), List.of()).stream()
                            .filter(p -> p.kind() != VictimPrompts.Kind.FIRST_CONTACT)
                            .forEach(p -> words.add(StatementWording.due(p, today)));
                }
                if (w.closedOn() != null) {
                    words.add("victim work closed");
                }
                if (!words.isEmpty()) {
                    said.put(w.victimId(), words);
                }
            }
            return said;
        }
    }
}
