package org.desist.outofcourt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.offence.GravityScale;
import org.desist.offence.Offence;
import org.desist.offence.Plea;

/**
 * Whether to prompt an assessment for the local diversion scheme (community resolution, e.g. "Triage").
 * A local eligibility rule (the service's diversion scheme; YJB case management guidance, out-of-court disposals): a child's first offence, with gravity score at most the
 * threshold (a setting, default 3) on the matrix in use, where the child has accepted guilt. It only
 * prompts: a person decides, and it never blocks anything.
 *
 * @param eligible every test matched
 * @param reasons one line per test, saying whether it matched and why
 */
public record DiversionEligibility(boolean eligible, List<Reason> reasons) {

    /** One test of the rule, and whether the referral met it. */
    public record Reason(boolean met, String text) {}

    /** A pleas that shows the child accepted guilt: an admission out of court or a guilty plea. */
    static final Set<Plea> ACCEPTS_GUILT = Set.of(Plea.ADMITTED, Plea.GUILTY);

    /**
     * @param referred the offences the referral concerns
     * @param allOffences all the child's offences (including those referred)
     * @param earlierFormalOutcomes the dates of the child's formal outcomes (cautions, conditional cautions,
     *     convictions) so far
     * @param referralDate the date of the referral
     * @param scale the gravity matrix in use
     * @param maxGravity the highest adjusted score that is eligible
     */
    public static DiversionEligibility assess(
            Collection<Offence> referred,
            Collection<Offence> allOffences,
            Collection<LocalDate> earlierFormalOutcomes,
            LocalDate referralDate,
            GravityScale scale,
            int maxGravity) {
        List<Reason> reasons = new ArrayList<>();
        if (referred.isEmpty()) {
            reasons.add(new Reason(false, "The referral concerns no offence on the record"));
            return new DiversionEligibility(false, reasons);
        }
        Set<UUID> referredIds = referred.stream().map(Offence::id).collect(java.util.stream.Collectors.toSet());
        LocalDate firstReferred = referred.stream()
                .map(Offence::offenceDate)
                .min(LocalDate::compareTo)
                .orElseThrow();
        long earlierOffences = allOffences.stream()
                .filter(o -> !referredIds.contains(o.id()))
                .filter(o -> o.offenceDate().isBefore(firstReferred))
                .count();
        long earlierOutcomes = earlierFormalOutcomes.stream()
                .filter(d -> d.isBefore(referralDate))
                .count();
        if (earlierOffences > 0) {
            reasons.add(new Reason(
                    false,
                    "Not a first offence: " + earlierOffences + " earlier offence" + (earlierOffences == 1 ? "" : "s")
                            + " on the record"));
        } else if (earlierOutcomes > 0) {
            reasons.add(new Reason(false, "Not a first offence: the child already has a caution or conviction"));
        } else {
            reasons.add(new Reason(true, "First offence: no earlier offence or formal outcome on the record"));
        }
        List<Offence> otherScale =
                referred.stream().filter(o -> o.gravity().scale() != scale).toList();
        int highest =
                referred.stream().mapToInt(o -> o.gravity().adjusted()).max().orElseThrow();
        if (!otherScale.isEmpty()) {
            reasons.add(new Reason(
                    false,
                    "Gravity scored on the "
                            + otherScale.get(0).gravity().scale().label() + ", not the matrix in use (" + scale.label()
                            + "): check the score"));
        } else if (highest > maxGravity) {
            reasons.add(new Reason(false, "Gravity score " + highest + " is above " + maxGravity));
        } else {
            reasons.add(new Reason(true, "Gravity score " + highest + " is " + maxGravity + " or below"));
        }
        List<Offence> notAccepted =
                referred.stream().filter(o -> !ACCEPTS_GUILT.contains(o.plea())).toList();
        if (notAccepted.isEmpty()) {
            reasons.add(new Reason(true, "The child has accepted guilt (admission or guilty plea)"));
        } else {
            reasons.add(new Reason(
                    false,
                    "The child has not accepted guilt: "
                            + notAccepted.get(0).plea().label()));
        }
        return new DiversionEligibility(reasons.stream().allMatch(Reason::met), List.copyOf(reasons));
    }
}
