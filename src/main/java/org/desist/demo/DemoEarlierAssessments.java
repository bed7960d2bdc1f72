package org.desist.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.assessment.EarlierAssessment;
import org.desist.assessment.HarmTo;
import org.desist.assessment.Likelihood;
import org.desist.assessment.Source;
import org.desist.intervention.Intervention;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.desist.security.Team;
import org.springframework.stereotype.Component;

/**
 * The assessments of the work {@link DemoEarlierCasework} records, completed in AssetPlus before Northbridge moved
 * to Desist and recorded afterwards by each case's case manager, as a service moving from another system records
 * them: submitted 6 to 25 days after the work started (so now and then after its 15 working days), countersigned by
 * the case manager's team manager a few days later when a classification is high or very high, with a spread of
 * ROSH and safety-and-wellbeing classifications. Its own seed, so the rest of the demo is unchanged.
 */
@Component
class DemoEarlierAssessments {

    private static final long SEED = 20_261_208L;
    static final String COMPLETED_IN = "AssetPlus in the previous case management system";

    /** ROSH and safety and wellbeing of the court orders, in the order they are recorded. */
    private static final Classification[][] COURT = {
        {Classification.MEDIUM, Classification.MEDIUM},
        {Classification.LOW, Classification.HIGH},
        {Classification.HIGH, Classification.MEDIUM},
        {Classification.MEDIUM, Classification.LOW},
        {Classification.LOW, Classification.MEDIUM},
        {Classification.VERY_HIGH, Classification.HIGH},
        {Classification.MEDIUM, Classification.VERY_HIGH},
        {Classification.LOW, Classification.LOW},
        {Classification.HIGH, Classification.MEDIUM},
        {Classification.LOW, Classification.MEDIUM},
    };

    /** ROSH and safety and wellbeing of the out-of-court disposals. */
    private static final Classification[][] OUT_OF_COURT = {
        {Classification.LOW, Classification.LOW},
        {Classification.LOW, Classification.MEDIUM},
        {Classification.MEDIUM, Classification.LOW},
        {Classification.LOW, Classification.HIGH},
        {Classification.MEDIUM, Classification.MEDIUM},
        {Classification.LOW, Classification.LOW},
    };

    private final Assessments assessments;
    private final Directory directory;

    DemoEarlierAssessments(Assessments assessments, Directory directory) {
        this.assessments = assessments;
        this.directory = directory;
    }

    /** One seeding's recorder: its own seed, and the spread of classifications from the start. */
    Recorder recorder() {
        return new Recorder();
    }

    final class Recorder {

        private final Random random = new Random(SEED);
        private int court;
        private int outOfCourt;

        private Recorder() {}

        /** Records the work's assessment as its case manager, on or before {@code latest} (the day before the demo). */
        void record(Intervention work, boolean isCourt, LocalDate latest) {
            Classification[] c =
                    isCourt ? COURT[court++ % COURT.length] : OUT_OF_COURT[outOfCourt++ % OUT_OF_COURT.length];
            Classification rosh = c[0];
            Classification safety = c[1];
            Optional<StaffMember> caseManager = directory.staffMember(work.caseManagerId());
            if (caseManager.isEmpty()) {
                return;
            }
            LocalDate submitted = earliest(work.startDate().plusDays(6 + random.nextInt(20)), latest);
            boolean countersign = rosh.high() || safety.high();
            String manager = countersign ? managerOf(work.serviceId(), caseManager.get()) : null;
            LocalDate countersigned = countersign ? earliest(submitted.plusDays(1 + random.nextInt(5)), latest) : null;
            EarlierAssessment earlier = new EarlierAssessment(
                    submitted,
                    caseManager.get().displayName(),
                    COMPLETED_IN,
                    manager == null ? null : countersigned,
                    manager,
                    details(rosh, safety));
            DemoActor.as(
                    DemoActor.of(caseManager.get(), work.serviceId()),
                    () -> assessments.recordEarlier(work.id(), earlier));
        }

        private AssessmentDetails details(Classification rosh, Classification safety) {
            Likelihood likelihood = rosh == Classification.LOW && safety == Classification.LOW
                    ? Likelihood.LOW
                    : rosh.high() ? Likelihood.HIGH : random.nextBoolean() ? Likelihood.MEDIUM : Likelihood.LOW;
            Set<HarmTo> harmTo = rosh == Classification.LOW
                    ? Set.of()
                    : rosh.high() ? EnumSet.of(HarmTo.POTENTIAL_VICTIMS, HarmTo.PEERS) : EnumSet.of(HarmTo.PEERS);
            Set<Source> sources = random.nextInt(5) == 0
                    ? EnumSet.of(Source.POLICE)
                    : EnumSet.of(Source.POLICE, Source.SOCIAL_CARE, Source.EDUCATION);
            boolean parentsSeen = random.nextInt(4) != 0;
            return new AssessmentDetails(
                    new AssessmentDetails.Desistance(
                            "Offending with older peers after school exclusion",
                            "Wants to return to college; close to an aunt",
                            "Good at football; engaged with the ETE worker",
                            null,
                            null,
                            null,
                            likelihood),
                    new AssessmentDetails.SafetyAndWellbeing(
                            safety.high()
                                    ? "Missing from home twice; known to older males linked to drug supply"
                                    : "No current concerns beyond the offence",
                            null,
                            safety,
                            "Classified in AssetPlus; carried over as it stood"),
                    new AssessmentDetails.RiskOfHarm(
                            rosh == Classification.LOW
                                    ? "No indication of serious harm to others"
                                    : "Violence to peers",
                            harmTo,
                            rosh == Classification.LOW ? null : "In disputes with peers",
                            rosh == Classification.LOW ? null : "Injury from a weapon or group assault",
                            rosh),
                    new AssessmentDetails.Sources(
                            sources,
                            null,
                            "Says the offence was stupid and wants to keep out of trouble",
                            parentsSeen ? "Their mum is worried about who they spend time with" : null),
                    null);
        }
    }

    /** The case manager's team manager, or (when none, or the case manager manages the team) Carl Jennings. */
    private String managerOf(UUID service, StaffMember caseManager) {
        return directory
                .teamOf(service, caseManager.id())
                .map(Team::managerId)
                .filter(m -> !m.equals(caseManager.id()))
                .flatMap(directory::staffMember)
                .map(StaffMember::displayName)
                .orElse("Carl Jennings");
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
