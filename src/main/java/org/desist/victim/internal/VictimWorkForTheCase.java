package org.desist.victim.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.offence.VictimWorkOnOffences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's side of victim work: where it stands on each of the child's offences and what the victim worker chose
 * to share — never a victim's name, kind or contact details. Scoped by the {@link AccessibleChild} the caller holds.
 * The state joins every part's {@link VictimWorkStatement}s in their order; the shared wishes reach the case unless
 * the victim refused or withdrew consent to sharing.
 */
@Component
class VictimWorkForTheCase implements VictimWorkOnOffences {

    private final JdbcClient jdbc;
    private final CaseSideRepository reads;
    private final List<VictimWorkStatement> statements;

    VictimWorkForTheCase(JdbcClient jdbc, CaseSideRepository reads, List<VictimWorkStatement> statements) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.statements = statements.stream()
                .sorted(Comparator.comparingInt(VictimWorkStatement::order))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<VictimWorkSummary> of(AccessibleChild child) {
        List<CaseSideRepository.Work> work = reads.ofChild(child.id(), child.serviceId());
        List<UUID> ids = work.stream().map(CaseSideRepository.Work::victimId).toList();
        Map<UUID, String> states = states(ids);
        Map<UUID, VictimPrompts.Consent> sharing = reads.consent(ids, "SHARING");
        Map<UUID, List<UUID>> offences = reads.offences(ids);
        List<VictimWorkSummary> summaries = new ArrayList<>();
        for (CaseSideRepository.Work w : work) {
            boolean mayShare = !sharing.getOrDefault(w.victimId(), VictimPrompts.Consent.NONE)
                    .stopsContact();
            for (UUID offence : offences.getOrDefault(w.victimId(), List.of())) {
                summaries.add(new VictimWorkSummary(
                        offence,
                        states.get(w.victimId()),
                        mayShare ? w.sharedWishes() : null,
                        mayShare ? w.panelAvailability() : null));
            }
        }
        return summaries;
    }

    /** Each victim's state: the statements of every part, in order, as one line. */
    Map<UUID, String> states(Collection<UUID> victimIds) {
        Map<UUID, List<String>> said = new HashMap<>();
        if (!victimIds.isEmpty()) {
            for (VictimWorkStatement statement : statements) {
                statement
                        .about(victimIds)
                        .forEach((victim, words) -> said.computeIfAbsent(victim, k -> new ArrayList<>())
                                .addAll(words));
            }
        }
        Map<UUID, String> states = new HashMap<>();
        victimIds.forEach(v -> states.put(v, StatementWording.line(said.getOrDefault(v, List.of()))));
        return states;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Long> victimsOn(Collection<UUID> offenceIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (offenceIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select offence_id, count(*) as victims from victim_offence
                         where offence_id in (:offences) group by offence_id
                        """).param("offences", offenceIds).query(rs -> {
            counts.put(rs.getObject("offence_id", UUID.class), rs.getLong("victims"));
        });
        return counts;
    }
}
