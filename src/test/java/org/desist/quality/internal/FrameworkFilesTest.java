package org.desist.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.desist.quality.Framework;
import org.desist.quality.Framework.StandardKind;
import org.desist.quality.InspectionRatings;
import org.desist.quality.Rating;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

class FrameworkFilesTest {

    @Test
    void the2018FrameworkIsShippedWhole() throws Exception {
        Framework f = new FrameworkFiles().find("HMIP-2018").orElseThrow();
        assertThat(f.domains())
                .extracting(Framework.Domain::title)
                .containsExactly("Organisational delivery", "Court disposals", "Out-of-court disposals");
        assertThat(f.standards()).hasSize(12);
        assertThat(f.standards().stream().filter(s -> s.kind() == StandardKind.ORGANISATIONAL))
                .extracting(Framework.Standard::number)
                .containsExactly("1.1", "1.2", "1.3", "1.4");
        // Key questions: 3 + 4 + 3 + 4 organisational; three lenses for each of 2.1–2.4 and 3.1–3.3; two for 3.4.
        assertThat(f.keyQuestions()).hasSize(14 + 7 * 3 + 2);
        assertThat(f.standard("2.1").orElseThrow().keyQuestions())
                .extracting(Framework.KeyQuestion::lens)
                .containsExactly(
                        Framework.Lens.DESISTANCE, Framework.Lens.SAFETY_OF_THE_CHILD, Framework.Lens.SAFETY_OF_OTHERS);
        assertThat(f.keyQuestions()).allSatisfy(kq -> assertThat(kq.prompts()).isNotEmpty());
        assertThat(f.numbersConfirmed()).isTrue();
    }

    @Test
    void the2021FrameworkAddsResettlementWhichMayBeLeftUnrated() throws Exception {
        Framework f = new FrameworkFiles().find("HMIP-2021").orElseThrow();
        assertThat(f.standards()).hasSize(13);
        assertThat(f.standard("3.4").orElseThrow().kind()).isEqualTo(StandardKind.ORGANISATIONAL);
        assertThat(f.standard("4.1").orElseThrow().mayBeUnrated()).isTrue();
        assertThat(f.overallRatings().get(0).bands())
                .extracting(Framework.ScoreBands::ratedStandards)
                .containsExactlyInAnyOrder(12, 13);
        assertThat(f.numbersConfirmed()).isFalse();
        assertThat(f.numbersNote()).contains("not confirmed");
    }

    @Test
    void theModelHoldsThe2025ShapeOneCaseBasedStandardOverSeveralKindsOfWorkAndAVictimsRating() throws Exception {
        FrameworkFiles files =
                new FrameworkFiles(new ClassPathResource("quality/test-frameworks/HMIP-2025-SHAPE.json"));
        Framework f = files.find("HMIP-2025-SHAPE").orElseThrow();
        assertThat(f.standard("2.1").orElseThrow().populations())
                .containsExactly(
                        Framework.CaseWork.COURT,
                        Framework.CaseWork.OUT_OF_COURT,
                        Framework.CaseWork.RESETTLEMENT,
                        Framework.CaseWork.BAIL_AND_REMAND);
        var rated = InspectionRatings.rateService(
                f, Map.of("1.1", Rating.GOOD), Map.of("2.1.1", new BigDecimal("70"), "3.1.1", new BigDecimal("81")));
        assertThat(rated.overall())
                .extracting(
                        InspectionRatings.Overall::name,
                        InspectionRatings.Overall::score,
                        InspectionRatings.Overall::rating)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Work with children", 4, Rating.GOOD),
                        org.assertj.core.groups.Tuple.tuple("Work with victims", 3, Rating.OUTSTANDING));
    }

    @Test
    void aBrokenFileStopsTheServiceWithEachProblemNamed() {
        String broken = """
                {"id": "HMIP-BROKEN", "title": "Broken", "source": "Test", "inUseFrom": "2020-01-01",
                 "numbersConfirmed": true, "scores": {"OUTSTANDING": 3, "GOOD": 2},
                 "caseBasedBands": [{"rating": "GOOD", "from": 65}],
                 "overallRatings": [{"name": "Overall", "standards": [], "bands": [
                   {"ratedStandards": 1, "bands": [{"rating": "GOOD", "from": 0, "to": 2}]}]}],
                 "domains": [{"number": "2", "title": "Court", "standards": [
                   {"number": "3.1", "title": "Assessment", "kind": "CASE_BASED", "mayBeUnrated": false,
                    "keyQuestions": [{"number": "3.1.1", "text": "Q", "prompts": []}]}]}]}
                """;
        assertThatThrownBy(() -> new FrameworkFiles(file("HMIP-BROKEN.json", broken)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HMIP-BROKEN.json: Every rating needs a score")
                .hasMessageContaining("The case-based bands must rate 0%")
                .hasMessageContaining("Standard 3.1 is not numbered within domain 2")
                .hasMessageContaining("a case-based standard names the work its cases come from")
                .hasMessageContaining("Key question 3.1.1 needs its question, its prompts and (case-based) its lens")
                .hasMessageContaining("must end at 3, the highest possible score");
    }

    @Test
    void aPromptNamingAnEvidenceRuleDesistDoesNotHaveStopsTheService() {
        String shipped = new String(readShipped(), StandardCharsets.UTF_8);
        String named = shipped.replace(
                "\"evidence\": [\"assessment.views-recorded\"]", "\"evidence\": [\"assessment.views-heard\"]");
        assertThat(named).isNotEqualTo(shipped);
        assertThatThrownBy(() -> new FrameworkFiles(file("HMIP-2018.json", named)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "HMIP-2018.json: Prompt 2.1.1f names evidence rule assessment.views-heard, which Desist does not have");
    }

    @Test
    void theShippedFrameworksNameOnlyEvidenceRulesThatExistAndTheKeyOnesBesideTheirPrompts() throws Exception {
        FrameworkFiles files = new FrameworkFiles();
        for (Framework f : files.all()) {
            assertThat(f.keyQuestions().stream()
                            .flatMap(kq -> kq.prompts().stream())
                            .flatMap(p -> p.evidence().stream()))
                    .isNotEmpty()
                    .allSatisfy(key ->
                            assertThat(org.desist.quality.EvidenceRules.KEYS).contains(key));
        }
        Framework f2018 = files.find("HMIP-2018").orElseThrow();
        assertThat(prompt(f2018, "2.1.1f").evidence()).containsExactly("assessment.views-recorded");
        assertThat(prompt(f2018, "2.2.2c").evidence()).containsExactly("plan.contingency");
        assertThat(prompt(f2018, "2.4.1a").evidence()).containsExactly("review.on-time", "review.triggered-done");
        assertThat(prompt(f2018, "3.4.1b").evidence()).containsExactly("outofcourt.panel-rationale");
        assertThat(prompt(f2018, "3.4.2a").evidence()).containsExactly("outofcourt.police-told");
    }

    private static Framework.Prompt prompt(Framework f, String code) {
        return f.keyQuestions().stream()
                .flatMap(kq -> kq.prompts().stream())
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFileThatCannotBeReadOrIsMisnamedStopsTheService() {
        assertThatThrownBy(() -> new FrameworkFiles(file("HMIP-X.json", "{\"id\": \"HMIP-X\", \"colour\": 1}")))
                .hasMessageContaining("HMIP-X.json: cannot be read");
        assertThatThrownBy(() -> new FrameworkFiles(
                        new ClassPathResource("quality/frameworks/HMIP-2018.json"),
                        file("HMIP-2019.json", new String(readShipped(), StandardCharsets.UTF_8))))
                .hasMessageContaining("HMIP-2019.json: holds HMIP-2018, so must be named HMIP-2018.json");
    }

    private static byte[] readShipped() {
        try (var in = new ClassPathResource("quality/frameworks/HMIP-2018.json").getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Resource file(String name, String json) {
        return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
