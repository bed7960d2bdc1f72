package org.desist.jointworking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A child's looked-after episodes and custody periods, computed from the recorded legal basis and events
 * (the joint protocol between children's social care and the YOS, "Sentencing and looked-after status"):
 * <ul>
 *   <li>a care order (or interim care order) keeps the child looked after, also in custody;
 *   <li>section 20 accommodation, or looked after only because of a remand, stops on a custodial sentence;
 *   <li>a remand-only child stops being looked after when the remand ends, unless they stay looked after
 *       under section 20 with the head of service's permission (the joint protocol between children's social care and the YOS, "Remands": its own event);
 *   <li>nobody is looked after from their 18th birthday (Children Act 1989 s.105: a child is under 18).
 * </ul>
 * Events on the same day apply in the order given: endings before beginnings.
 */
public final class LookedAfterHistory {

    private final LocalDate dateOfBirth;
    private final List<LookedAfterEpisode> episodes;
    private final List<LookedAfterEpisode> custody;

    private LookedAfterHistory(
            LocalDate dateOfBirth, List<LookedAfterEpisode> episodes, List<LookedAfterEpisode> custody) {
        this.dateOfBirth = dateOfBirth;
        this.episodes = List.copyOf(episodes);
        this.custody = List.copyOf(custody);
    }

    public static LookedAfterHistory of(LocalDate dateOfBirth, List<LookedAfterEvent> events) {
        List<LookedAfterEvent> ordered = events.stream()
                .sorted(Comparator.comparing(LookedAfterEvent::on)
                        .thenComparing(e -> e.kind().starts() == null ? 0 : 1))
                .toList();
        LocalDate eighteen = dateOfBirth.plusYears(18);
        List<LookedAfterEpisode> closed = new ArrayList<>();
        List<LookedAfterEpisode> open = new ArrayList<>();
        List<LookedAfterEpisode> custody = new ArrayList<>();
        LookedAfterEpisode inCustody = null;
        for (LookedAfterEvent event : ordered) {
            if (!event.on().isBefore(eighteen)) {
                break;
            }
            LookedAfterEvent.Kind kind = event.kind();
            switch (kind) {
                case CARE_ORDER_ENDED ->
                    end(
                            open,
                            closed,
                            event.on(),
                            kind.label(),
                            b -> b == LegalBasis.CARE_ORDER || b == LegalBasis.INTERIM_CARE_ORDER);
                case SECTION_20_ENDED -> end(open, closed, event.on(), kind.label(), b -> b == LegalBasis.SECTION_20);
                case INTENSIVE_FOSTERING_ENDED ->
                    end(open, closed, event.on(), kind.label(), b -> b == LegalBasis.INTENSIVE_FOSTERING);
                case REMAND_ENDED -> {
                    end(open, closed, event.on(), kind.label(), LegalBasis::remand);
                    if (inCustody != null && inCustody.basis() == LegalBasis.REMAND_TO_YOUTH_DETENTION) {
                        custody.add(inCustody.endedOn(event.on(), kind.label()));
                        inCustody = null;
                    }
                }
                case REMAND_ENDED_STAYS_LOOKED_AFTER -> {
                    // The remand ends and the child stays looked after, now under section 20.
                    end(open, closed, event.on(), kind.label(), LegalBasis::remand);
                    if (inCustody != null && inCustody.basis() == LegalBasis.REMAND_TO_YOUTH_DETENTION) {
                        custody.add(inCustody.endedOn(event.on(), kind.label()));
                        inCustody = null;
                    }
                    end(open, closed, event.on(), "Replaced: " + kind.label(), b -> b == LegalBasis.SECTION_20);
                    open.add(new LookedAfterEpisode(LegalBasis.SECTION_20, event.on(), null, null));
                }
                case CUSTODIAL_SENTENCE -> {
                    end(open, closed, event.on(), kind.label(), b -> !b.survivesCustody());
                    if (inCustody != null) {
                        custody.add(inCustody.endedOn(event.on(), kind.label()));
                    }
                    inCustody = new LookedAfterEpisode(null, event.on(), null, null);
                }
                case RELEASED_FROM_CUSTODY -> {
                    if (inCustody != null) {
                        custody.add(inCustody.endedOn(event.on(), kind.label()));
                        inCustody = null;
                    }
                }
                default -> {
                    LegalBasis basis = kind.starts();
                    // An order replacing an interim one (or a fresh remand) ends the episode it replaces.
                    end(
                            open,
                            closed,
                            event.on(),
                            "Replaced: " + kind.label(),
                            b -> b == basis
                                    || (basis == LegalBasis.CARE_ORDER && b == LegalBasis.INTERIM_CARE_ORDER)
                                    || (basis.remand() && b.remand()));
                    open.add(new LookedAfterEpisode(basis, event.on(), null, null));
                    if (basis == LegalBasis.REMAND_TO_YOUTH_DETENTION && inCustody == null) {
                        inCustody = new LookedAfterEpisode(basis, event.on(), null, null);
                    }
                }
            }
        }
        closed.addAll(open);
        if (inCustody != null) {
            custody.add(inCustody);
        }
        closed.sort(Comparator.comparing(LookedAfterEpisode::from));
        return new LookedAfterHistory(dateOfBirth, closed, custody);
    }

    private static void end(
            List<LookedAfterEpisode> open,
            List<LookedAfterEpisode> closed,
            LocalDate on,
            String because,
            java.util.function.Predicate<LegalBasis> which) {
        for (var it = open.iterator(); it.hasNext(); ) {
            LookedAfterEpisode episode = it.next();
            if (which.test(episode.basis())) {
                it.remove();
                closed.add(episode.endedOn(on, because));
            }
        }
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public List<LookedAfterEpisode> episodes() {
        return episodes;
    }

    /** Periods in custody (remand to youth detention accommodation or a custodial sentence). */
    public List<LookedAfterEpisode> custody() {
        return custody;
    }

    /** The legal bases the child is looked after on, on that day (empty: not looked after). */
    public List<LegalBasis> on(LocalDate day) {
        if (!day.isBefore(dateOfBirth.plusYears(18))) {
            return List.of();
        }
        return episodes.stream()
                .filter(e -> e.covers(day))
                .map(LookedAfterEpisode::basis)
                .distinct()
                .toList();
    }

    public boolean lookedAfterOn(LocalDate day) {
        return day.isBefore(dateOfBirth.plusYears(18)) && episodes.stream().anyMatch(e -> e.covers(day));
    }

    public boolean inCustodyOn(LocalDate day) {
        return custody.stream().anyMatch(e -> e.covers(day));
    }

    /** Days looked after from {@code start} (inclusive) to {@code end} (exclusive), overlaps counted once. */
    public long daysLookedAfter(LocalDate start, LocalDate end) {
        long days = 0;
        for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
            if (lookedAfterOn(day)) {
                days++;
            }
        }
        return days;
    }

    /** The last day looked after on or before {@code day}, if any. */
    public Optional<LocalDate> lastDayLookedAfter(LocalDate day) {
        LocalDate lastDayAsAChild = dateOfBirth.plusYears(18).minusDays(1);
        LocalDate upTo = day.isAfter(lastDayAsAChild) ? lastDayAsAChild : day;
        return episodes.stream()
                .filter(e -> !e.from().isAfter(upTo))
                .map(e -> e.until() == null || e.until().isAfter(upTo)
                        ? upTo
                        : e.until().minusDays(1))
                .max(Comparator.naturalOrder());
    }
}
