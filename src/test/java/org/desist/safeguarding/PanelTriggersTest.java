package org.desist.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.desist.assessment.Classification;
import org.desist.assessment.Lens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a change of classification makes due (YJB case management guidance). An empty "from" is the first assessment. */
class PanelTriggersTest {

    @ParameterizedTest(name = "{0}: {1} → {2}, already due {3} → {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // Risk of serious harm: high or very high goes to the risk panel.
                "RISK_OF_HARM,          -,         HIGH,      false, RISK_PANEL_REFERRAL",
                "RISK_OF_HARM,          -,         VERY_HIGH, false, RISK_PANEL_REFERRAL",
                "RISK_OF_HARM,          -,         MEDIUM,    false, -",
                "RISK_OF_HARM,          -,         LOW,       false, -",
                "RISK_OF_HARM,          LOW,       HIGH,      false, RISK_PANEL_REFERRAL",
                "RISK_OF_HARM,          MEDIUM,    HIGH,      false, RISK_PANEL_REFERRAL",
                "RISK_OF_HARM,          MEDIUM,    VERY_HIGH, false, RISK_PANEL_REFERRAL",
                "RISK_OF_HARM,          LOW,       MEDIUM,    false, -",
                // Rising within the band: referred again once the last referral was made...
                "RISK_OF_HARM,          HIGH,      VERY_HIGH, false, RISK_PANEL_REFERRAL",
                // ...but not while one is still due.
                "RISK_OF_HARM,          HIGH,      VERY_HIGH, true,  -",
                "RISK_OF_HARM,          MEDIUM,    HIGH,      true,  -",
                "RISK_OF_HARM,          -,         HIGH,      true,  -",
                // Going down makes nothing due.
                "RISK_OF_HARM,          VERY_HIGH, HIGH,      false, -",
                "RISK_OF_HARM,          HIGH,      MEDIUM,    false, -",
                "RISK_OF_HARM,          VERY_HIGH, LOW,       false, -",
                // Safety and wellbeing: medium or above requires a VMP.
                "SAFETY_AND_WELLBEING,  -,         MEDIUM,    false, VULNERABILITY_MANAGEMENT_PLAN",
                "SAFETY_AND_WELLBEING,  -,         HIGH,      false, VULNERABILITY_MANAGEMENT_PLAN",
                "SAFETY_AND_WELLBEING,  -,         VERY_HIGH, false, VULNERABILITY_MANAGEMENT_PLAN",
                "SAFETY_AND_WELLBEING,  -,         LOW,       false, -",
                "SAFETY_AND_WELLBEING,  LOW,       MEDIUM,    false, VULNERABILITY_MANAGEMENT_PLAN",
                "SAFETY_AND_WELLBEING,  LOW,       VERY_HIGH, false, VULNERABILITY_MANAGEMENT_PLAN",
                "SAFETY_AND_WELLBEING,  MEDIUM,    HIGH,      false, VULNERABILITY_MANAGEMENT_PLAN",
                "SAFETY_AND_WELLBEING,  MEDIUM,    HIGH,      true,  -",
                "SAFETY_AND_WELLBEING,  HIGH,      VERY_HIGH, true,  -",
                "SAFETY_AND_WELLBEING,  LOW,       MEDIUM,    true,  -",
                "SAFETY_AND_WELLBEING,  HIGH,      MEDIUM,    false, -",
                "SAFETY_AND_WELLBEING,  MEDIUM,    LOW,       false, -",
                "SAFETY_AND_WELLBEING,  VERY_HIGH, LOW,       false, -",
            })
    void aRiseIntoOrWithinTheBandMakesTheWorkDueUnlessItAlreadyIs(
            Lens lens, Classification from, Classification to, boolean alreadyDue, PanelTriggers.PanelWork expected) {
        assertThat(PanelTriggers.due(lens, from, to, alreadyDue).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} calls for the work: {2}")
    @CsvSource({
        "RISK_OF_HARM, LOW, false",
        "RISK_OF_HARM, MEDIUM, false",
        "RISK_OF_HARM, HIGH, true",
        "RISK_OF_HARM, VERY_HIGH, true",
        "SAFETY_AND_WELLBEING, LOW, false",
        "SAFETY_AND_WELLBEING, MEDIUM, true",
        "SAFETY_AND_WELLBEING, HIGH, true",
        "SAFETY_AND_WELLBEING, VERY_HIGH, true",
    })
    void theThresholds(Lens lens, Classification classification, boolean calledFor) {
        assertThat(PanelTriggers.calledFor(lens, classification)).isEqualTo(calledFor);
    }
}
