package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.SampleDraw.Stratum;
import org.desist.quality.internal.ShippedFrameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditRoundRulesTest {

    static final Framework HMIP_2018 = ShippedFrameworks.get("HMIP-2018");
    static final SampleWindows WINDOWS = new SampleWindows(SampleWindow.parse("6-9"), SampleWindow.parse("3-5"));
    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final LocalDate FIELDWORK = LocalDate.of(2027, 3, 15);

    /** A fieldwork date, a start date, the window: eligible or not (both ends included, months counted back). */
    @ParameterizedTest(name = "fieldwork {0}, started {1}, {2} months: {3}")
    @CsvSource({
        "2027-03-15, 2026-09-15, 6-9, true", // exactly 6 months before
        "2027-03-15, 2026-09-16, 6-9, false", // a day short of 6 months
        "2027-03-15, 2026-06-15, 6-9, true", // exactly 9 months before
        "2027-03-15, 2026-06-14, 6-9, false", // a day over 9 months
        "2027-03-15, 2026-12-15, 3-5, true",
        "2027-03-15, 2026-12-16, 3-5, false",
        "2027-03-15, 2026-10-15, 3-5, true",
        "2027-03-15, 2026-10-14, 3-5, false",
        // month ends: 31 August less 6 months is 29 February in a leap year, 28 February otherwise
        "2028-08-31, 2028-02-29, 6-9, true",
        "2028-08-31, 2028-03-01, 6-9, false",
        "2027-08-31, 2027-02-28, 6-9, true",
        "2027-08-31, 2027-03-01, 6-9, false",
        // 31 August less 9 months is 30 November
        "2028-08-31, 2027-11-30, 6-9, true",
        "2028-08-31, 2027-11-29, 6-9, false",
        // 31 May less 3 months is 28 February (2027), 29 February (2028)
        "2027-05-31, 2027-02-28, 3-5, true",
        "2027-05-31, 2027-03-01, 3-5, false",
        "2028-05-31, 2028-02-29, 3-5, true",
        // 29 February 2028 less 6 months is 29 August 2027
        "2028-02-29, 2027-08-29, 6-9, true",
        "2028-02-29, 2027-08-30, 6-9, false",
    })
    void eligibilityWindow(LocalDate fieldwork, LocalDate started, String months, boolean eligible) {
        assertThat(SampleWindow.parse(months).contains(started, fieldwork)).isEqualTo(eligible);
    }

    @Test
    void aWindowSettingIsWrittenLikeSixToNine() {
        assertThat(SampleWindow.parse(" 6 - 9 ")).isEqualTo(new SampleWindow(6, 9));
        assertThatThrownBy(() -> SampleWindow.parse("9-6")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleWindow.parse("six")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A population: court cases started 1 July 2026 (eligible at 15 March 2027), out-of-court 1 December 2026. */
    static List<AuditRound.EligibleCase> population(int court, int outOfCourt, long seed) {
        java.util.Random random = new java.util.Random(seed);
        String[] genders = {"MALE", "MALE", "MALE", "FEMALE"};
        String[] court_types = {"REFERRAL_ORDER", "REFERRAL_ORDER", "YOUTH_REHABILITATION_ORDER"};
        String[] ooc_types = {"YOUTH_CAUTION", "COMMUNITY_RESOLUTION", "YOUTH_CONDITIONAL_CAUTION"};
        String[] classes = {"LOW", "MEDIUM", "MEDIUM", "HIGH", AuditRound.NOT_YET_ASSESSED};
        List<AuditRound.EligibleCase> cases = new ArrayList<>();
        for (int i = 0; i < court + outOfCourt; i++) {
            boolean isCourt = i < court;
            cases.add(new AuditRound.EligibleCase(
                    new UUID(seed, i),
                    new UUID(seed + 1, i),
                    isCourt ? CaseWork.COURT : CaseWork.OUT_OF_COURT,
                    isCourt ? LocalDate.of(2026, 7, 1) : LocalDate.of(2026, 12, 1),
                    new UUID(7, i % 5),
                    new Stratum(
                            genders[random.nextInt(genders.length)],
                            (isCourt ? court_types : ooc_types)[random.nextInt(3)],
                            classes[random.nextInt(classes.length)],
                            classes[random.nextInt(classes.length)])));
        }
        return cases;
    }

    static RoundPlan mock() {
        return new RoundPlan(RoundPlan.Kind.MOCK_INSPECTION, "", null, "HMIP-2018", FIELDWORK);
    }

    static AuditRound draw(List<AuditRound.EligibleCase> population, long seed) {
        return AuditRound.draw(
                        UUID.randomUUID(), UUID.randomUUID(), mock(), HMIP_2018, population, WINDOWS, seed, TODAY)
                .after();
    }

    @Test
    void theSameSeedAndPopulationGiveTheSameSampleWhateverTheOrderTheRecordsCameIn() {
        List<AuditRound.EligibleCase> population = population(300, 120, 42);
        List<AuditRound.EligibleCase> shuffled = new ArrayList<>(population);
        java.util.Collections.shuffle(shuffled, new java.util.Random(1));
        List<UUID> first = ids(draw(population, 20270315L).sample());
        assertThat(ids(draw(shuffled, 20270315L).sample())).isEqualTo(first);
        assertThat(ids(draw(population, 20270316L).sample())).isNotEqualTo(first);
    }

    @Test
    void eachKindOfWorkIsSizedByTheFormulaThenTheTotalIsSplitSixtyForty() {
        AuditRound round = draw(population(300, 120, 42), 7);
        RoundDomain court = round.domains().get(0);
        RoundDomain outOfCourt = round.domains().get(1);
        // 300 court cases: n = 164.249856 × 300 / (300 + 163.249856) = 106.37 → 107; 120 out-of-court: 69.18 → 70
        assertThat(court.population()).isEqualTo(300);
        assertThat(court.formulaSize()).isEqualTo(107);
        assertThat(court.unrounded()).isEqualByComparingTo("106.37");
        assertThat(outOfCourt.formulaSize()).isEqualTo(70);
        // 177 in all: 60% is 106.2 → 106 court, 71 out-of-court
        assertThat(court.drawn()).isEqualTo(106);
        assertThat(outOfCourt.drawn()).isEqualTo(71);
        assertThat(round.sample()).hasSize(177);
        assertThat(round.sample().stream().filter(c -> c.work() == CaseWork.COURT))
                .hasSize(106);
        assertThat(court.earliestStart()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(court.latestStart()).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void aThemedAuditOfOneKindOfWorkDrawsTheFormulasSizeAndNeverMoreThanThePopulation() {
        RoundPlan plan = new RoundPlan(
                RoundPlan.Kind.THEMED_AUDIT, "Safety planning", RoundPlan.Scope.OUT_OF_COURT, "HMIP-2018", FIELDWORK);
        AuditRound round = AuditRound.draw(
                        UUID.randomUUID(), UUID.randomUUID(), plan, HMIP_2018, population(5, 4, 3), WINDOWS, 1, TODAY)
                .after();
        assertThat(round.domains()).hasSize(1);
        assertThat(round.domains().get(0).population()).isEqualTo(4);
        assertThat(round.sample()).hasSize(4);
        assertThat(round.sample()).allMatch(c -> c.work() == CaseWork.OUT_OF_COURT);
    }

    @Test
    void eachStratumOfTheSampleIsWithinOneCaseOfItsProportionalShare() {
        AuditRound round = draw(population(400, 250, 9), 11);
        for (RoundDomain domain : round.domains()) {
            Map<Stratum, Long> population = round.cases().stream()
                    .filter(c -> c.work() == domain.work())
                    .collect(Collectors.groupingBy(RoundCase::stratum, Collectors.counting()));
            Map<Stratum, Long> sample = round.sample().stream()
                    .filter(c -> c.work() == domain.work())
                    .collect(Collectors.groupingBy(RoundCase::stratum, Collectors.counting()));
            population.forEach((stratum, count) -> {
                double quota = (double) domain.drawn() * count / domain.population();
                assertThat((double) sample.getOrDefault(stratum, 0L))
                        .as(stratum + " quota " + quota)
                        .isBetween(Math.floor(quota), Math.ceil(quota));
            });
        }
    }

    @Test
    void anUnsuitableCaseIsReplacedByALikeCaseNeverSampledAndKeptVisibleWithItsReason() {
        AuditRound round = draw(population(200, 80, 5), 3);
        RoundCase unsuitable = round.sample().get(4);
        AuditRound after = round.replace(unsuitable.interventionId(), "Moved out of the area in the first month")
                .after();
        RoundCase replaced = after.replaced().get(0);
        assertThat(replaced.interventionId()).isEqualTo(unsuitable.interventionId());
        assertThat(replaced.replacementReason()).isEqualTo("Moved out of the area in the first month");
        RoundCase like = after.sample().get(4);
        assertThat(like.interventionId()).isEqualTo(replaced.replacedBy());
        assertThat(like.stratum()).isEqualTo(unsuitable.stratum());
        assertThat(like.work()).isEqualTo(unsuitable.work());
        assertThat(ids(round.sample())).doesNotContain(like.interventionId());
        assertThat(after.sample()).hasSameSizeAs(round.sample());
        // the same replacement again gives the same like case
        assertThat(round.replace(unsuitable.interventionId(), "again")
                        .after()
                        .sample()
                        .get(4)
                        .interventionId())
                .isEqualTo(like.interventionId());
    }

    @Test
    void aReplacementNeedsAReasonAndACaseInTheSampleAndALikeCaseLeft() {
        AuditRound round = draw(population(200, 80, 5), 3);
        UUID sampled = round.sample().get(0).interventionId();
        assertThat(refusal(() -> round.replace(sampled, " "))).containsOnlyKeys("reason");
        UUID notSampled = round.cases().stream()
                .filter(c -> c.status() == RoundCase.Status.ELIGIBLE)
                .findFirst()
                .orElseThrow()
                .interventionId();
        assertThat(refusal(() -> round.replace(notSampled, "Unsuitable"))).containsOnlyKeys("case");
        // a population that is all sampled has no like case left
        AuditRound whole = draw(population(3, 2, 8), 1);
        assertThat(refusal(() -> whole.replace(whole.sample().get(0).interventionId(), "Unsuitable")))
                .containsOnlyKeys("reason")
                .extractingByKey("reason")
                .asString()
                .contains("No other case like this one");
    }

    @Test
    void nobodyAuditsTheirOwnCaseOrACaseTheyManageDirectly() {
        AuditRound round = draw(population(40, 20, 2), 4);
        RoundCase c = round.sample().get(0);
        UUID caseManager = c.caseManagerId();
        UUID manager = UUID.randomUUID();
        UUID qa = UUID.randomUUID();
        Set<UUID> auditors = Set.of(caseManager, manager, qa);
        Map<UUID, String> names = Map.of(caseManager, "Jo Case", manager, "Marcus Reid", qa, "Quinn Auditor");
        var managesDirectly =
                (java.util.function.BiPredicate<UUID, UUID>) (m, cm) -> m.equals(manager) && cm.equals(caseManager);
        assertThat(refusal(() ->
                        round.allocate(Map.of(c.interventionId(), caseManager), auditors, managesDirectly, names::get)))
                .containsEntry(
                        "auditor." + c.interventionId(),
                        "Jo Case is this case's case manager: nobody audits their own case");
        assertThat(refusal(() ->
                        round.allocate(Map.of(c.interventionId(), manager), auditors, managesDirectly, names::get)))
                .containsEntry(
                        "auditor." + c.interventionId(),
                        "Marcus Reid manages Jo Case, this case's case manager, directly: choose another auditor");
        assertThat(refusal(() -> round.allocate(
                        Map.of(c.interventionId(), UUID.randomUUID()), auditors, managesDirectly, names::get)))
                .containsEntry("auditor." + c.interventionId(), "Select someone in your service who audits cases");
        AuditRound allocated = round.allocate(Map.of(c.interventionId(), qa), auditors, managesDirectly, names::get)
                .after();
        assertThat(allocated.sample().get(0).auditorId()).isEqualTo(qa);
        Map<UUID, UUID> off = new HashMap<>();
        off.put(c.interventionId(), null);
        assertThat(allocated
                        .allocate(off, auditors, managesDirectly, names::get)
                        .after()
                        .sample()
                        .get(0)
                        .auditorId())
                .isNull();
    }

    @Test
    void organisationalJudgementsAreTheFrameworksOrganisationalStandardsEachWithItsEvidence() {
        AuditRound round = draw(population(40, 20, 2), 4);
        Map<String, AuditRound.Judgement> judgements = new LinkedHashMap<>();
        judgements.put("1.1", new AuditRound.Judgement(Rating.GOOD, "Board minutes, strategy 2026"));
        judgements.put("1.2", new AuditRound.Judgement(null, ""));
        AuditRound judged = round.judge(HMIP_2018, judgements).after();
        assertThat(judged.organisational()).containsOnlyKeys("1.1");
        assertThat(refusal(() -> round.judge(HMIP_2018, Map.of("1.3", new AuditRound.Judgement(Rating.GOOD, " ")))))
                .containsOnlyKeys("evidence.1.3");
        assertThat(refusal(() -> round.judge(HMIP_2018, Map.of("1.4", new AuditRound.Judgement(null, "Notes")))))
                .containsOnlyKeys("rating.1.4");
        assertThat(refusal(() -> round.judge(HMIP_2018, Map.of("2.1", new AuditRound.Judgement(Rating.GOOD, "x")))))
                .containsOnlyKeys("rating.2.1");
    }

    @Test
    void aPlanIsCheckedBeforeAnythingIsDrawn() {
        assertThat(new RoundPlan(null, "", null, null, null).problems(Optional.empty(), WINDOWS, TODAY))
                .containsOnlyKeys("kind", "frameworkId", "fieldworkDate");
        assertThat(new RoundPlan(RoundPlan.Kind.THEMED_AUDIT, " ", null, "HMIP-2018", FIELDWORK)
                        .problems(Optional.of(HMIP_2018), WINDOWS, TODAY))
                .containsOnlyKeys("title", "scope");
        // a mock inspection's fieldwork date at most 3 months ahead (out-of-court cases start 3 months before)
        assertThat(new RoundPlan(RoundPlan.Kind.MOCK_INSPECTION, "", null, "HMIP-2018", LocalDate.of(2027, 6, 1))
                        .problems(Optional.of(HMIP_2018), WINDOWS, TODAY))
                .isEmpty();
        assertThat(new RoundPlan(RoundPlan.Kind.MOCK_INSPECTION, "", null, "HMIP-2018", LocalDate.of(2027, 6, 2))
                        .problems(Optional.of(HMIP_2018), WINDOWS, TODAY))
                .containsEntry(
                        "fieldworkDate",
                        "The fieldwork date must be 1 June 2027 or earlier, so that every case it samples has already"
                                + " started");
        // a court audit's up to 6 months ahead
        assertThat(new RoundPlan(
                                RoundPlan.Kind.THEMED_AUDIT,
                                "Court work",
                                RoundPlan.Scope.COURT,
                                "HMIP-2018",
                                LocalDate.of(2027, 9, 1))
                        .problems(Optional.of(HMIP_2018), WINDOWS, TODAY))
                .isEmpty();
        assertThat(mock().titleGiven()).isEqualTo("Mock inspection, fieldwork 15 March 2027");
        assertThat(refusal(() -> AuditRound.draw(
                        UUID.randomUUID(), UUID.randomUUID(), mock(), HMIP_2018, List.of(), WINDOWS, 1, TODAY)))
                .containsOnlyKeys("fieldworkDate");
    }

    @Test
    void proportionsSideBySideCountTheReplacedCaseInThePopulationNotTheSample() {
        AuditRound round = draw(population(30, 0, 12), 6);
        List<SampleProportions> proportions = round.proportions();
        assertThat(proportions).hasSize(2);
        SampleProportions court = proportions.get(0);
        assertThat(court.population()).isEqualTo(30);
        assertThat(court.sample()).isEqualTo(round.domains().get(0).drawn());
        SampleProportions.Dimension gender = court.dimensions().get(0);
        assertThat(gender.shares().stream()
                        .mapToInt(SampleProportions.Share::population)
                        .sum())
                .isEqualTo(30);
        assertThat(SampleProportions.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(SampleProportions.label("NOT_YET_ASSESSED")).isEqualTo("Not yet assessed");
        assertThat(SampleProportions.label("YOUTH_CAUTION")).isEqualTo("Youth caution");
    }

    private static List<UUID> ids(List<RoundCase> cases) {
        return cases.stream().map(RoundCase::interventionId).toList();
    }

    private static Map<String, String> refusal(Runnable change) {
        try {
            change.run();
        } catch (InvalidRequestException e) {
            return e.errors();
        }
        throw new AssertionError("not refused");
    }
}
