package org.desist.victim.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The contact part of the victim measures (YJB KPI 10: victims contacted, and kept informed where they asked): the
 * victims recorded in the period are the population; contacted means a contact made (not only attempted); kept
 * informed means at least one key-point update given to a victim who asked for updates.
 */
@Component
class ContactMeasures implements VictimMeasureSource {

    static final String VICTIMS = "victims";

    private final CaseSideRepository reads;

    ContactMeasures(CaseSideRepository reads) {
        this.reads = reads;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures(UUID serviceId, LocalDate from, LocalDate to) {
        List<CaseSideRepository.Work> victims = reads.recordedBetween(serviceId, from, to);
        List<UUID> ids = victims.stream().map(CaseSideRepository.Work::victimId).toList();
        Map<UUID, CaseSideRepository.Contacts> contacts = reads.contacts(ids);
        Map<UUID, List<VictimPrompts.Update>> updates = reads.updates(ids);
        List<UUID> contacted = ids.stream()
                .filter(v -> contacts.containsKey(v) && contacts.get(v).made() > 0)
                .toList();
        List<UUID> asked = victims.stream()
                .filter(CaseSideRepository.Work::wantsUpdates)
                .map(CaseSideRepository.Work::victimId)
                .toList();
        List<UUID> informed = asked.stream()
                .filter(v -> !updates.getOrDefault(v, List.of()).isEmpty())
                .toList();
        return List.of(
                new Figure(VICTIMS, "Victims recorded in the period", null, ids),
                new Figure("contacted", "Victims contacted", VICTIMS, contacted),
                new Figure("askedToBeKeptInformed", "Victims who asked to be kept informed", VICTIMS, asked),
                new Figure(
                        "keptInformed",
                        "Victims kept informed, of those who asked",
                        "askedToBeKeptInformed",
                        informed));
    }
}
