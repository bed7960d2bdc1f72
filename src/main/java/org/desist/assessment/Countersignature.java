package org.desist.assessment;

/** When a manager must countersign an assessment. */
public final class Countersignature {

    private Countersignature() {}

    /**
     * Source: YJB case management guidance, assessment — a manager countersigns any assessment whose safety-and-wellbeing or ROSH
     * classification is high or very high.
     */
    public static boolean required(Classification safetyAndWellbeing, Classification riskOfHarm) {
        return (safetyAndWellbeing != null && safetyAndWellbeing.high()) || (riskOfHarm != null && riskOfHarm.high());
    }
}
