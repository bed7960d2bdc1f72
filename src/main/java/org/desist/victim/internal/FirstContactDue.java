package org.desist.victim.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the first contact attempt with each victim is due, by the one rule that also puts it on the victim worker's
 * My work ({@link VictimPrompts}: from the victim being recorded, or the disposal starting when later), so the
 * victim's page, the caseload and My work never disagree.
 */
@Component
public class FirstContactDue {

    private final CaseSideRepository reads;
    private final PromptFacts prompts;

    FirstContactDue(CaseSideRepository reads, PromptFacts prompts) {
        this.reads = reads;
        this.prompts = prompts;
    }

    /** Each victim's first contact due date; a victim with none due (attempted, closed, no contact) is absent. */
    @Transactional(readOnly = true)
    public Map<UUID, java.time.LocalDate> of(Collection<UUID> victimIds) {
        Map<UUID, java.time.LocalDate> due = new HashMap<>();
        if (victimIds.isEmpty()) {
            return due;
        }
        prompts.due(reads.work(victimIds))
                .forEach((victim, list) -> list.stream()
                        .filter(p -> p.kind() == VictimPrompts.Kind.FIRST_CONTACT)
                        .findFirst()
                        .ifPresent(p -> due.put(victim, p.dueDate())));
        return due;
    }
}
