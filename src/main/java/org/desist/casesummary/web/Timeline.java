package org.desist.casesummary.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologyType;

/**
 * How the chronology is put together from its sources: one list, newest first; filtered by type and by a date
 * range; and the latest entry of each type for the case summary. Plain functions, tested on their own.
 */
final class Timeline {

    private Timeline() {}

    /**
     * What the reader asked to see: some types (none chosen means every type) between two dates, each included
     * and each optional.
     */
    record Filter(Set<ChronologyType> types, LocalDate from, LocalDate to) {

        static Filter everything() {
            return new Filter(Set.of(), null, null);
        }

        Filter {
            types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(types);
        }

        boolean includes(ChronologyEntry entry) {
            return (types.isEmpty() || types.contains(entry.type()))
                    && (from == null || !entry.on().isBefore(from))
                    && (to == null || !entry.on().isAfter(to));
        }

        boolean chosen(ChronologyType type) {
            return types.contains(type);
        }

        boolean narrowed() {
            return !types.isEmpty() || from != null || to != null;
        }
    }

    /**
     * Every source's entries as one list, newest first. On the same day, later stages of the case journey come
     * first (a decision above the referral it answered: the order of {@link ChronologyType}), and within one
     * source and type, the one the source gave later (sources give their entries oldest first). Entries
     * without a date cannot be placed and are left out.
     */
    static List<ChronologyEntry> newestFirst(Collection<List<ChronologyEntry>> perSource) {
        List<ChronologyEntry> all = new ArrayList<>();
        perSource.forEach(all::addAll);
        List<Positioned> positioned = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && all.get(i).on() != null) {
                positioned.add(new Positioned(all.get(i), i));
            }
        }
        positioned.sort(Comparator.comparing((Positioned p) -> p.entry().on())
                .thenComparing(p -> p.entry().type().ordinal())
                .thenComparingInt(Positioned::position)
                .reversed());
        return positioned.stream().map(Positioned::entry).toList();
    }

    private record Positioned(ChronologyEntry entry, int position) {}

    static List<ChronologyEntry> filter(List<ChronologyEntry> entries, Filter filter) {
        return entries.stream().filter(filter::includes).toList();
    }

    /** The latest entry of each type there is, in the order of the types, from a list newest first. */
    static Map<ChronologyType, ChronologyEntry> latestOfEachType(List<ChronologyEntry> newestFirst) {
        Map<ChronologyType, ChronologyEntry> latest = new EnumMap<>(ChronologyType.class);
        for (ChronologyEntry entry : newestFirst) {
            latest.putIfAbsent(entry.type(), entry);
        }
        return latest;
    }

    /** The types chosen on the filter form, ignoring values that are not types. */
    static Set<ChronologyType> types(Collection<String> values) {
        Set<ChronologyType> types = EnumSet.noneOf(ChronologyType.class);
        if (values != null) {
            for (String value : values) {
                for (ChronologyType type : ChronologyType.values()) {
                    if (type.name().equals(value)) {
                        types.add(type);
                    }
                }
            }
        }
        return types;
    }
}
