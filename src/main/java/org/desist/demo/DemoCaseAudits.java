package org.desist.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.quality.CaseAudit;
import org.desist.quality.CaseAudit.Answer;
import org.desist.quality.CaseAudit.Judgement;
import org.desist.quality.CaseAudits;
import org.desist.quality.Framework;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few completed case audits of Northbridge's cases by its QA lead, Colin Marsh (demo.qa), with a realistic spread
 * of answers, one acknowledged with a reply by Priya Sharma (demo.casemanager): written through the case audit
 * service, as the pages write them. Runs after the demo service is seeded, once.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "desist.demo.enabled", havingValue = "true")
class DemoCaseAudits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseAudits.class);
    private static final long SEED = 20_261_207L;
    private static final int COURT_CASES = 5;
    private static final int OUT_OF_COURT_CASES = 3;

    private final Provisioning provisioning;
    private final Directory directory;
    private final Interventions interventions;
    private final CaseAudits audits;

    DemoCaseAudits(Provisioning provisioning, Directory directory, Interventions interventions, CaseAudits audits) {
        this.provisioning = provisioning;
        this.directory = directory;
        this.interventions = interventions;
        this.audits = audits;
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
        Optional<StaffMember> priya = person(service, "Priya Sharma");
        if (qa.isEmpty() || priya.isEmpty()) {
            return;
        }
        try {
            actAs(qa.get(), service);
            if (!audits.ofYourServices(null).isEmpty()) {
                log.info("Demo case audits already seeded: nothing to do");
                return;
            }
            Framework framework = audits.framework("HMIP-2018");
            Random random = new Random(SEED);
            List<Intervention> cases = cases(priya.get().id());
            UUID toAcknowledge = null;
            for (Intervention c : cases) {
                CaseAudit draft = audits.start(c.id(), null, framework.id());
                CaseAudit saved = audits.saveDraft(draft.id(), draft.version(), answers(framework, draft, random));
                CaseAudit done = audits.complete(saved.id(), saved.version());
                if (toAcknowledge == null && priya.get().id().equals(c.caseManagerId())) {
                    toAcknowledge = done.id();
                }
            }
            if (toAcknowledge != null) {
                actAs(priya.get(), service);
                UUID id = toAcknowledge;
                audits.acknowledge(
                        id,
                        audits.view(id).audit().version(),
                        "Thank you. I have added a contingency plan and booked a review with my manager.");
            }
            log.info("Seeded {} completed demo case audits", cases.size());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Active court and out-of-court cases with a case manager, Priya Sharma's first, in a fixed order. */
    private List<Intervention> cases(UUID priya) {
        List<Intervention> active = new ArrayList<>(interventions.inProgressInYourServices().stream()
                .filter(i -> i.caseManagerId() != null && !i.caretaken())
                .toList());
        active.sort(java.util.Comparator.comparing((Intervention i) -> !priya.equals(i.caseManagerId()))
                .thenComparing(Intervention::startDate)
                .thenComparing(i -> i.id().toString()));
        List<Intervention> court = active.stream()
                .filter(i -> i.type().kind() == InterventionType.Kind.COURT_ORDER)
                .limit(COURT_CASES)
                .toList();
        List<Intervention> outOfCourt = active.stream()
                .filter(i -> i.type().kind() == InterventionType.Kind.OUT_OF_COURT)
                .limit(OUT_OF_COURT_CASES)
                .toList();
        List<Intervention> chosen = new ArrayList<>(court);
        chosen.addAll(outOfCourt);
        return chosen;
    }

    /** Mostly yes; a no now and then (more often for keeping other people safe), as services' own audits find. */
    private static CaseAudit.Answers answers(Framework framework, CaseAudit audit, Random random) {
        Map<String, Answer> prompts = new LinkedHashMap<>();
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (Framework.Standard s : audit.applicableStandards(framework)) {
            for (Framework.KeyQuestion kq : s.keyQuestions()) {
                boolean others = kq.lens() == Framework.Lens.SAFETY_OF_OTHERS;
                if (others && random.nextInt(6) == 0) {
                    judgements.put(
                            kq.number(),
                            new Judgement(
                                    Answer.NOT_APPLICABLE, "No identifiable risk of harm to others in this case"));
                } else if (random.nextInt(others ? 3 : 5) == 0) {
                    judgements.put(
                            kq.number(),
                            new Judgement(
                                    Answer.NO,
                                    others
                                            ? "The risk to his younger brother is named but there is no plan to manage it"
                                            : "Not enough: the child's and parents' views are not reflected in the work"));
                } else {
                    judgements.put(kq.number(), new Judgement(Answer.YES, null));
                }
                for (Framework.Prompt p : kq.prompts()) {
                    prompts.put(p.code(), random.nextInt(4) == 0 ? Answer.NO : Answer.YES);
                }
            }
        }
        boolean safetyAgreed = random.nextInt(5) != 0;
        boolean oversight = random.nextInt(3) != 0;
        return new CaseAudit.Answers(
                prompts,
                judgements,
                safetyAgreed,
                safetyAgreed ? null : "Medium would fit better: the exploitation concerns are recent",
                true,
                null,
                oversight,
                oversight ? null : "No recorded supervision discussion of this case in the last three months");
    }

    private Optional<StaffMember> person(UUID service, String name) {
        return directory.membersNamed(service, name).stream().findFirst();
    }

    private static void actAs(StaffMember person, UUID service) {
        DemoActor.actAs(DemoActor.of(person, service));
    }
}
