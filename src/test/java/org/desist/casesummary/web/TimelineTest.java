package org.desist.casesummary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the chronology merges its sources, filters by type and dates, and picks the latest of each type. */
class TimelineTest {

    /** Sources separated by "|", entries by spaces, each "date/TYPE/title". */
    private static List<List<ChronologyEntry>> sources(String spec) {
        return Arrays.stream(spec.split("\\|"))
                .map(source -> Arrays.stream(source.trim().split("\\s+"))
                        .filter(s -> !s.isBlank())
                        .map(TimelineTest::entry)
                        .toList())
                .toList();
    }

    private static ChronologyEntry entry(String spec) {
        String[] parts = spec.split("/");
        return new ChronologyEntry(
                LocalDate.parse(parts[0]), ChronologyType.valueOf(parts[1]), parts[2], null, "someone", null, null);
    }

    private static String titles(List<ChronologyEntry> entries) {
        return entries.stream().map(ChronologyEntry::title).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // One source, oldest first: newest first.
                "2026-11-20/OFFENCE/offence 2026-12-14/DECISION/referral; referral offence",
                // Sources interleave by date.
                "2026-11-20/OFFENCE/offence | 2026-12-14/DECISION/referral 2027-01-06/DECISION/panel"
                        + " | 2026-12-18/INTERVENTION/started; panel started referral offence",
                // Same day, different types: the later stage of the journey first.
                "2026-12-22/DECISION/panel | 2026-12-22/INTERVENTION/started | 2026-12-22/OFFENCE/offence;"
                        + " started panel offence",
                // Same day, same type, one source: the one the source gave later first.
                "2027-01-06/CONTACT/morning 2027-01-06/CONTACT/afternoon; afternoon morning",
                // Across Christmas 2026 and the new year, by date not by the order typed.
                "2027-01-01/CONTACT/newYear 2026-12-25/CONTACT/christmas 2026-12-28/CONTACT/bankHoliday;"
                        + " newYear bankHoliday christmas",
                // Nothing recorded yet.
                "|; ''"
            })
    void sourcesMergeNewestFirst(String spec, String expected) {
        assertThat(titles(Timeline.newestFirst(sources(spec)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} with types [{2}] from {3} to {4}: {5}")
    @CsvSource({
        // No filter: everything.
        "2027-01-06, CONTACT,    ,                   ,           ,           true",
        // Types: only those ticked.
        "2027-01-06, CONTACT,    CONTACT,            ,           ,           true",
        "2027-01-06, COMPLIANCE, CONTACT,            ,           ,           false",
        "2027-01-06, COMPLIANCE, CONTACT COMPLIANCE, ,           ,           true",
        // Dates: both ends included.
        "2026-12-25, CONTACT,    ,                   2026-12-25, ,           true",
        "2026-12-24, CONTACT,    ,                   2026-12-25, ,           false",
        "2027-01-01, CONTACT,    ,                   ,           2027-01-01, true",
        "2027-01-02, CONTACT,    ,                   ,           2027-01-01, false",
        "2026-12-28, CONTACT,    ,                   2026-12-25, 2027-01-01, true",
        // Type and dates together: both must hold.
        "2026-12-28, OFFENCE,    CONTACT,            2026-12-25, 2027-01-01, false",
        "2027-02-01, CONTACT,    CONTACT,            2026-12-25, 2027-01-01, false"
    })
    void theFilterKeepsEntriesOfTheChosenTypesWithinTheDates(
            LocalDate on, ChronologyType type, String types, LocalDate from, LocalDate to, boolean included) {
        Set<ChronologyType> chosen = types == null
                ? Set.of()
                : Arrays.stream(types.split(" ")).map(ChronologyType::valueOf).collect(Collectors.toSet());
        Timeline.Filter filter = new Timeline.Filter(chosen, from, to);
        ChronologyEntry entry = new ChronologyEntry(on, type, "t", null, null, null, null);
        assertThat(filter.includes(entry)).isEqualTo(included);
        assertThat(Timeline.filter(List.of(entry), filter)).hasSize(included ? 1 : 0);
    }

    @Test
    void aFilterWithNothingChosenIsNotNarrowed() {
        assertThat(Timeline.Filter.everything().narrowed()).isFalse();
        assertThat(new Timeline.Filter(Set.of(ChronologyType.CONTACT), null, null).narrowed())
                .isTrue();
        assertThat(new Timeline.Filter(null, LocalDate.of(2027, 1, 1), null).narrowed())
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"CONTACT COMPLIANCE; CONTACT COMPLIANCE", "CONTACT nonsense contact; CONTACT", "''; ''"})
    void onlyRealTypesAreTakenFromTheForm(String values, String expected) {
        Set<ChronologyType> expectedTypes = expected.isBlank()
                ? Set.of()
                : Arrays.stream(expected.split(" "))
                        .map(ChronologyType::valueOf)
                        .collect(Collectors.toSet());
        assertThat(Timeline.types(List.of(values.split(" ")))).isEqualTo(expectedTypes);
        assertThat(Timeline.types(null)).isEmpty();
    }

    @Test
    void theLatestOfEachTypeIsTheFirstOfItsTypeNewestFirst() {
        var merged = Timeline.newestFirst(sources("2026-12-01/CONTACT/first 2027-01-06/CONTACT/latest"
                + " | 2026-11-20/OFFENCE/offence | 2026-12-10/COMPLIANCE/warning"));
        var latest = Timeline.latestOfEachType(merged);
        assertThat(latest.get(ChronologyType.CONTACT).title()).isEqualTo("latest");
        assertThat(latest.get(ChronologyType.OFFENCE).title()).isEqualTo("offence");
        assertThat(latest.get(ChronologyType.COMPLIANCE).title()).isEqualTo("warning");
        assertThat(latest).doesNotContainKey(ChronologyType.REVIEW);
        assertThat(latest.keySet())
                .containsExactly(ChronologyType.OFFENCE, ChronologyType.CONTACT, ChronologyType.COMPLIANCE);
    }

    @Test
    void anEntryWithoutADateIsLeftOut() {
        var undated = new ChronologyEntry(null, ChronologyType.CONTACT, "undated", null, null, null, null);
        assertThat(Timeline.newestFirst(List.of(List.of(undated), List.of(entry("2027-01-06/CONTACT/dated")))))
                .extracting(ChronologyEntry::title)
                .containsExactly("dated");
    }
}
