package org.desist.outofcourt;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.desist.outofcourt.Referral.SpecialistScreening;

/**
 * What the specialist screenings of a YOS screening and assessment must say: each area once, with who screened,
 * when and what they found (YJB case management guidance, out-of-court disposals: screening and assessment).
 */
final class ScreeningRules {

    private ScreeningRules() {}

    /** Adds each screening's problems to {@code problems}, on fields named by its area (e.g. "mentalHealth.outcome"). */
    static void addSpecialistProblems(List<SpecialistScreening> specialists, Map<String, String> problems) {
        Set<SpecialistArea> seen = EnumSet.noneOf(SpecialistArea.class);
        for (SpecialistScreening s : specialists) {
            if (s.area() == null) {
                problems.put("specialistScreenings", "Say which specialist screening each one is");
                continue;
            }
            String key = s.area().key();
            String area = s.area().label().toLowerCase();
            if (!seen.add(s.area())) {
                problems.put(key + ".screenedBy", "Record the " + area + " screening once");
            }
            if (blank(s.screenedBy())) {
                problems.put(key + ".screenedBy", "Enter who screened for " + area);
            }
            if (s.screenedOn() == null) {
                problems.put(key + ".screenedOn", "Enter the date of the " + area + " screening");
            }
            if (blank(s.outcome())) {
                problems.put(key + ".outcome", "Enter the outcome of the " + area + " screening");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
