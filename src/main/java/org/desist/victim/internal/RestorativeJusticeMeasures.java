package org.desist.victim.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.desist.victim.RestorativeJustice;
import org.desist.victim.RestorativeJustice.Decision;
import org.springframework.stereotype.Component;

/**
 * YJB KPI 10's restorative justice figures for a service and a period, each by its own date: victims offered RJ
 * (the date offered), who consented (the date of the victim's consent), who took part (the date held, work with
 * the victim: not community reparation), and who were satisfied (of those who took part).
 */
@Component
class RestorativeJusticeMeasures implements VictimMeasureSource {

    private final RestorativeJusticeRepository repository;

    RestorativeJusticeMeasures(RestorativeJusticeRepository repository) {
        this.repository = repository;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Figure> figures(UUID serviceId, LocalDate from, LocalDate to) {
        return of(repository.ofServiceBetween(serviceId, from, to), from, to);
    }

    /** The figures of these records for the period {@code from} to {@code to} (inclusive). */
    static List<Figure> of(List<RestorativeJustice> all, LocalDate from, LocalDate to) {
        Predicate<LocalDate> in = d -> d != null && !d.isBefore(from) && !d.isAfter(to);
        Predicate<RestorativeJustice> tookPart = r -> in.test(r.heldOn())
                && r.kind() != null
                && r.kind().needsVictimConsent()
                && (r.outcome() == null || r.outcome().tookPlace());
        return List.of(
                figure(
                        "offeredRestorativeJustice",
                        "Victims offered restorative justice",
                        null,
                        all,
                        r -> in.test(r.offeredOn())),
                figure(
                        "consentedToRestorativeJustice",
                        "Victims who consented to restorative justice",
                        "offeredRestorativeJustice",
                        all,
                        r -> r.victimConsent() == Decision.GIVEN && in.test(r.victimConsentOn())),
                figure(
                        "tookPartInRestorativeJustice",
                        "Victims who took part in restorative justice",
                        "offeredRestorativeJustice",
                        all,
                        tookPart),
                figure(
                        "satisfiedWithRestorativeJustice",
                        "Victims satisfied with restorative justice",
                        "tookPartInRestorativeJustice",
                        all,
                        tookPart.and(r ->
                                r.satisfaction() != null && r.satisfaction().satisfied())));
    }

    private static Figure figure(
            String key,
            String label,
            String denominator,
            List<RestorativeJustice> all,
            Predicate<RestorativeJustice> p) {
        return new Figure(
                key,
                label,
                denominator,
                all.stream().filter(p).map(RestorativeJustice::victimId).toList());
    }
}
