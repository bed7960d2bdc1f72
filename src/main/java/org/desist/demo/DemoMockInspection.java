package org.desist.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.AuditRound;
import org.desist.quality.AuditRounds;
import org.desist.quality.CaseAudit;
import org.desist.quality.CaseAudits;
import org.desist.quality.Framework;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.Rating;
import org.desist.quality.RoundCase;
import org.desist.quality.RoundPlan;
import org.desist.security.Directory;
import org.desist.security.Provisioning;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Northbridge's completed mock inspection against the HMIP standards 2018: the sample drawn by Colin Marsh (demo.qa)
 * at a fieldwork date three weeks before the demo was seeded, from the work {@link DemoEarlierCasework} recorded;
 * its cases allocated to him and to Carl Jennings (the South team's manager, for the cases he does not manage);
 * every sampled case audited and completed by its auditor with a realistic spread of answers (seeded, so every demo
 * gets the same); and the organisational standards judged with their evidence. Written through the quality
 * services as those people, as the pages write them. Runs once, after the stand-alone demo audits.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "desist.demo.enabled", havingValue = "true")
class DemoMockInspection implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMockInspection.class);
    private static final long DRAW_SEED = 418_203L;
    private static final long ANSWER_SEED = 20_261_117L;

    private final Provisioning provisioning;
    private final Directory directory;
    private final AuditRounds rounds;
    private final CaseAudits audits;
    private final Clock clock;

    DemoMockInspection(
            Provisioning provisioning, Directory directory, AuditRounds rounds, CaseAudits audits, Clock clock) {
        this.provisioning = provisioning;
        this.directory = directory;
        this.rounds = rounds;
        this.audits = audits;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<YouthJusticeService> northbridge = provisioning.findServiceByCode(DemoServiceSeeder.NORTHBRIDGE);
        if (northbridge.isEmpty()) {
            return;
        }
        UUID service = northbridge.get().id();
        Optional<StaffMember> qa = person(service, "Colin Marsh");
        Optional<StaffMember> carl = person(service, "Carl Jennings");
        if (qa.isEmpty() || carl.isEmpty()) {
            return;
        }
        if (!as(qa.get(), service, rounds::mine).isEmpty()) {
            log.info("Demo mock inspection already seeded: nothing to do");
            return;
        }
        LocalDate fieldwork = DemoEarlierCasework.fieldwork(LocalDate.now(clock));
        AuditRound round;
        try {
            round = as(
                    qa.get(),
                    service,
                    () -> rounds.create(
                            service,
                            new RoundPlan(RoundPlan.Kind.MOCK_INSPECTION, null, null, "HMIP-2018", fieldwork),
                            DRAW_SEED));
        } catch (InvalidRequestException e) {
            log.info("No demo mock inspection: nothing to sample at {} ({})", fieldwork, e.getMessage());
            return;
        }
        round = allocate(round, qa.get(), carl.get(), service);
        Framework framework = as(qa.get(), service, () -> audits.framework("HMIP-2018"));
        Random random = new Random(ANSWER_SEED);
        Map<UUID, StaffMember> byId = Map.of(qa.get().id(), qa.get(), carl.get().id(), carl.get());
        List<RoundCase> sample = round.sample();
        for (CaseWork work : List.of(CaseWork.COURT, CaseWork.OUT_OF_COURT)) {
            for (RoundCase c : sample) {
                if (c.work() != work) {
                    continue;
                }
                UUID roundId = round.id();
                as(byId.get(c.auditorId()), service, () -> {
                    CaseAudit draft = audits.start(c.interventionId(), roundId, framework.id());
                    CaseAudit saved = audits.saveDraft(
                            draft.id(), draft.version(), DemoMockInspectionAnswers.of(framework, draft, random));
                    return audits.complete(saved.id(), saved.version());
                });
            }
        }
        AuditRound allocated = round;
        as(qa.get(), service, () -> rounds.judge(allocated.id(), allocated.version(), organisational()));
        log.info("Seeded the demo mock inspection: {} sampled cases audited", sample.size());
    }

    /**
     * Carl Jennings takes every other case whose case manager he neither is nor manages directly; Colin Marsh the
     * rest (he manages nobody).
     */
    private AuditRound allocate(AuditRound round, StaffMember qa, StaffMember carl, UUID service) {
        Map<UUID, UUID> auditors = new LinkedHashMap<>();
        boolean carlsTurn = true;
        for (RoundCase c : round.sample()) {
            boolean carlMay = c.caseManagerId() != null
                    && !carl.id().equals(c.caseManagerId())
                    && !directory.managesDirectly(service, carl.id(), c.caseManagerId());
            if (carlMay && carlsTurn) {
                auditors.put(c.interventionId(), carl.id());
            } else {
                auditors.put(c.interventionId(), qa.id());
            }
            if (carlMay) {
                carlsTurn = !carlsTurn;
            }
        }
        return as(qa, service, () -> rounds.allocate(round.id(), round.version(), auditors));
    }

    /** The QA lead's judgements of domain 1 (HMIP standards 2018: organisational delivery), each with its evidence. */
    private static Map<String, AuditRound.Judgement> organisational() {
        Map<String, AuditRound.Judgement> judged = new LinkedHashMap<>();
        judged.put(
                "1.1",
                new AuditRound.Judgement(
                        Rating.REQUIRES_IMPROVEMENT,
                        "The Board has a plan and a profile of the children, but education and health attend fewer"
                                + " than half its meetings and partners are not yet held to account for their part."));
        judged.put(
                "1.2",
                new AuditRound.Judgement(
                        Rating.GOOD,
                        "Caseloads average 9 children; staff say in supervision that they feel supported. Refresher"
                                + " training in AssetPlus analysis reached 23 of 24 case managers."));
        judged.put(
                "1.3",
                new AuditRound.Judgement(
                        Rating.GOOD,
                        "Education, health and substance misuse workers are based at the service; the emotional"
                                + " health in-reach worker sees children within two weeks of referral."));
        judged.put(
                "1.4",
                new AuditRound.Judgement(
                        Rating.GOOD,
                        "Policies are current and known to staff; the joint out-of-court protocol with the police is"
                                + " signed and the panel records its rationale."));
        return judged;
    }

    private Optional<StaffMember> person(UUID service, String name) {
        return directory.membersNamed(service, name).stream().findFirst();
    }

    private static <T> T as(StaffMember person, UUID service, Supplier<T> work) {
        return DemoActor.as(DemoActor.of(person, service), work);
    }
}
