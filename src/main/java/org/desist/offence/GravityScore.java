package org.desist.offence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An offence's gravity score on a scale, moved up or down one step for aggravating or mitigating factors,
 * which must then be explained (YJB Youth Gravity Matrix).
 */
public record GravityScore(GravityScale scale, int score, int adjustment, String rationale) {

    /** The score after adjustment. */
    public int adjusted() {
        return score + adjustment;
    }

    /** What is wrong, by field (gravityScore, gravityAdjustment, gravityRationale); empty when valid. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (score < 1 || score > scale.highest()) {
            problems.put(
                    "gravityScore", "Gravity score must be from 1 to " + scale.highest() + " on the " + scale.label());
        }
        if (adjustment < -1 || adjustment > 1) {
            problems.put("gravityAdjustment", "The score can move up or down one step only");
        } else if (problems.isEmpty() && (adjusted() < 1 || adjusted() > scale.highest())) {
            problems.put("gravityAdjustment", "The adjusted score must stay from 1 to " + scale.highest());
        }
        if (adjustment != 0 && (rationale == null || rationale.isBlank())) {
            problems.put(
                    "gravityRationale",
                    "Explain the " + (adjustment > 0 ? "aggravating" : "mitigating") + " factors that move the score");
        }
        return problems;
    }
}
