package org.desist.victim.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Joins every part's {@link VictimMeasureSource} in order, for {@code VictimMeasures}: the figures of a period. */
@Component
public class VictimMeasureFigures {

    private final List<VictimMeasureSource> sources;
    private final CaseSideRepository reads;

    VictimMeasureFigures(List<VictimMeasureSource> sources, CaseSideRepository reads) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(VictimMeasureSource::order))
                .toList();
        this.reads = reads;
    }

    /** One figure with the victims behind it (who they are stays in the victim module). */
    public record Joined(String key, String label, String denominatorKey, List<UUID> victimIds) {}

    /** Every part's figures for a service and a period, inclusive, in the parts' order. */
    public List<Joined> of(UUID serviceId, LocalDate from, LocalDate to) {
        return sources.stream()
                .flatMap(s -> s.figures(serviceId, from, to).stream())
                .map(f -> new Joined(f.key(), f.label(), f.denominatorKey(), List.copyOf(f.victimIds())))
                .toList();
    }

    /** A victim behind a figure, named for a role with the victim capability (the caller checks and audits). */
    public record Named(UUID victimId, UUID childId, UUID offenceId, String name, LocalDate recordedOn) {}

    public List<Named> named(List<UUID> victimIds, UUID serviceId) {
        return reads.named(victimIds, serviceId).stream()
                .map(n -> new Named(n.victimId(), n.childId(), n.offenceId(), n.name(), n.recordedOn()))
                .toList();
    }
}
