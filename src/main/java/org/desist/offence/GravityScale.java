package org.desist.offence;

import java.util.List;

/**
 * The police gravity matrix for children's offences (YJB and NPCC Youth Gravity Matrix): the current national
 * matrix scores 1–5; older local protocols use 1–4. Which one a service uses is a setting.
 */
public enum GravityScale {
    CURRENT(
            "Current national matrix (1–5)",
            List.of(
                    "No further action",
                    "Informal out-of-court outcome",
                    "Youth caution",
                    "Youth conditional caution",
                    "Normally charge")),
    LEGACY(
            "Older local protocol (1–4)",
            List.of("Informal outcome", "Youth caution", "Youth conditional caution", "Normally charge"));

    private final String label;
    private final List<String> meanings;

    GravityScale(String label, List<String> meanings) {
        this.label = label;
        this.meanings = meanings;
    }

    public String label() {
        return label;
    }

    public int highest() {
        return meanings.size();
    }

    /** What a score usually leads to, e.g. 3 on the current matrix: "Youth caution". */
    public String meaning(int score) {
        if (score < 1 || score > highest()) {
            throw new IllegalArgumentException("Score " + score + " is not on the " + label);
        }
        return meanings.get(score - 1);
    }
}
