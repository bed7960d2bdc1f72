package org.desist.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplianceStageTest {

    @ParameterizedTest(name = "{0} warnings, panel after {1}, breach after {2}: {3}")
    @CsvSource({
        "0, 2, 3, NONE",
        "1, 2, 3, NONE",
        "2, 2, 3, COMPLIANCE_PANEL_DUE",
        "3, 2, 3, BREACH_CONSIDERATION_DUE",
        "7, 2, 3, BREACH_CONSIDERATION_DUE",
        // A stricter local protocol: a panel after the first warning.
        "1, 1, 3, COMPLIANCE_PANEL_DUE",
        "2, 1, 3, COMPLIANCE_PANEL_DUE",
        // A more lenient one.
        "2, 3, 4, NONE",
        "3, 3, 4, COMPLIANCE_PANEL_DUE",
        "4, 3, 4, BREACH_CONSIDERATION_DUE",
        // Both at once: breach consideration wins.
        "2, 2, 2, BREACH_CONSIDERATION_DUE",
    })
    void theStageFollowsTheWarningsGivenWithinTheOrder(
            int warnings, int panelAfter, int breachAfter, ComplianceStage expected) {
        assertThat(ComplianceStage.of(warnings, new ComplianceThresholds(panelAfter, breachAfter)))
                .isEqualTo(expected);
    }

    @Test
    void thresholdsThatMakeNoSenseAreRefusedAtStart() {
        assertThatThrownBy(() -> new ComplianceThresholds(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ComplianceThresholds(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
