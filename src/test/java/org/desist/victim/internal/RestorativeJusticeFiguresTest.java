package org.desist.victim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.victim.RestorativeJustice;
import org.desist.victim.RestorativeJustice.Decision;
import org.desist.victim.RestorativeJustice.Kind;
import org.desist.victim.RestorativeJustice.Outcome;
import org.desist.victim.RestorativeJustice.Satisfaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KPI 10's restorative justice figures, each by its own date, and the child's side's short statement. */
class RestorativeJusticeFiguresTest {

    static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "offered {0}, victim {1} on {2}, {3} held {4}, {5}, {6} → {7}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2026-04-10, -, -, -, -, -, -, offered",
                "2026-03-20, GIVEN, 2026-04-02, -, -, -, -, consented",
                "2026-04-10, REFUSED, 2026-04-11, -, -, -, -, offered",
                "2026-04-10, GIVEN, 2026-04-12, CONFERENCE, 2026-05-20, AGREEMENT_REACHED, VERY_SATISFIED, "
                        + "offered consented took-part satisfied",
                "2026-04-10, GIVEN, 2026-04-12, LETTER, 2026-05-20, LETTER_DELIVERED, NEITHER, "
                        + "offered consented took-part",
                "2026-04-10, GIVEN, 2026-04-12, SHUTTLE, 2026-07-02, SHUTTLE_COMPLETED, SATISFIED, offered consented",
                "2026-04-10, REFUSED, 2026-04-11, COMMUNITY_REPARATION, 2026-05-01, REPARATION_COMPLETED, -, offered",
                "2026-02-10, GIVEN, 2026-02-12, CONFERENCE, 2026-04-20, MEETING_HELD, SATISFIED, took-part satisfied",
                "2026-07-01, -, -, -, -, -, -, ''",
            })
    void eachFigureCountsAVictimByItsOwnDate(
            LocalDate offeredOn,
            Decision victim,
            LocalDate decidedOn,
            Kind kind,
            LocalDate heldOn,
            Outcome outcome,
            Satisfaction satisfaction,
            String expected) {
        RestorativeJustice rj = new RestorativeJustice(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                offeredOn,
                RestorativeJustice.OfferedHow.PHONE,
                null,
                victim,
                decidedOn,
                Decision.GIVEN,
                decidedOn,
                null,
                null,
                null,
                null,
                null,
                kind,
                UUID.randomUUID(),
                heldOn,
                heldOn,
                outcome,
                null,
                satisfaction,
                null,
                3);
        Map<String, Integer> counts = RestorativeJusticeMeasures.of(List.of(rj), FROM, TO).stream()
                .collect(Collectors.toMap(VictimMeasureSource.Figure::key, VictimMeasureSource.Figure::count));
        String counted = List.of(
                        "offeredRestorativeJustice:offered",
                        "consentedToRestorativeJustice:consented",
                        "tookPartInRestorativeJustice:took-part",
                        "satisfiedWithRestorativeJustice:satisfied")
                .stream()
                .filter(k -> counts.get(k.split(":")[0]) == 1)
                .map(k -> k.split(":")[1])
                .collect(Collectors.joining(" "));
        assertThat(counted).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1}, {2}, held {3}, {4} → {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-, -, -, -, -, RJ offered",
                "REFUSED, -, -, -, -, RJ declined",
                "WITHDRAWN, -, CONFERENCE, -, -, RJ consent withdrawn",
                "GIVEN, -, -, -, -, RJ agreed by the victim",
                "GIVEN, 2026-05-01, CONFERENCE, -, -, RJ planned",
                "GIVEN, 2026-05-01, CONFERENCE, 2026-05-01, AGREEMENT_REACHED, RJ conference held",
                "GIVEN, 2026-05-01, LETTER, 2026-05-01, LETTER_DELIVERED, RJ letter delivered",
                "REFUSED, -, COMMUNITY_REPARATION, 2026-05-01, -, community reparation",
                "GIVEN, -, CONFERENCE, -, DID_NOT_GO_AHEAD, RJ did not go ahead",
            })
    void theChildsSideSeesOneShortStatementWithoutTheVictimsDetails(
            Decision victim, LocalDate plannedOn, Kind kind, LocalDate heldOn, Outcome outcome, String expected) {
        RestorativeJustice rj = new RestorativeJustice(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                FROM,
                RestorativeJustice.OfferedHow.PHONE,
                null,
                victim,
                FROM,
                Decision.GIVEN,
                FROM,
                null,
                null,
                null,
                null,
                null,
                kind,
                null,
                plannedOn,
                heldOn,
                outcome,
                null,
                null,
                null,
                2);
        assertThat(RestorativeJusticeStatements.statement(rj)).isEqualTo(expected);
    }
}
