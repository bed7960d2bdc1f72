package org.desist.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.desist.quality.CaseAudit;
import org.desist.quality.CaseAudit.Answer;
import org.desist.quality.CaseAudit.Judgement;
import org.desist.quality.Framework;
import org.desist.quality.Framework.Lens;

/**
 * A demo auditor's answers to one case, as services' own mock inspections tend to find: desistance work mostly done
 * well, keeping the child safe a little less often, keeping other people safe least often (and not arising in some
 * cases); now and then a classification the auditor would have set differently, and oversight not sufficient in
 * about one case in four. Prompts follow the judgement: mostly met when the key question is answered yes.
 */
final class DemoMockInspectionAnswers {

    private static final String[] DESISTANCE_NO = {
        "The child's and parents' views are not reflected in the assessment or the plan",
        "The plan lists sessions but not how they build on the child's strengths and interests",
        "No review after the child moved school, though it changed what the plan could offer",
    };
    private static final String[] CHILD_SAFETY_NO = {
        "Exploitation concerns were known to the police but not analysed in the assessment",
        "No contingency plan for the child going missing again",
        "Children's social care were not invited to the planning meeting despite an open child in need plan",
    };
    private static final String[] OTHERS_SAFETY_NO = {
        "The risk to his younger brother is named but there is no plan to manage it",
        "Victims' wishes were not sought before the plan was agreed",
        "Carrying a knife was not explored: no analysis of who might be harmed or when",
        "The risk panel was due after the arrest but was not held",
    };
    private static final String NOT_ARISING = "No identifiable risk of harm to others in this case";

    private DemoMockInspectionAnswers() {}

    static CaseAudit.Answers of(Framework framework, CaseAudit audit, Random random) {
        Map<String, Answer> prompts = new LinkedHashMap<>();
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (Framework.Standard s : audit.applicableStandards(framework)) {
            for (Framework.KeyQuestion kq : s.keyQuestions()) {
                Judgement j = judgement(kq.lens(), random);
                judgements.put(kq.number(), j);
                for (Framework.Prompt p : kq.prompts()) {
                    boolean met = j.answer() == Answer.NO ? random.nextInt(2) == 0 : random.nextInt(7) != 0;
                    prompts.put(p.code(), met ? Answer.YES : Answer.NO);
                }
            }
        }
        boolean safetyAgreed = random.nextInt(6) != 0;
        boolean roshAgreed = random.nextInt(7) != 0;
        boolean oversight = random.nextInt(4) != 0;
        return new CaseAudit.Answers(
                prompts,
                judgements,
                safetyAgreed,
                safetyAgreed ? null : "High would fit better: the exploitation concerns were recent and escalating",
                roshAgreed,
                roshAgreed ? null : "Low would fit better: the offence was a one-off with no pattern of violence",
                oversight,
                oversight
                        ? null
                        : "The manager countersigned the assessment but did not challenge the missing contingency plan");
    }

    /** Yes about nine times in ten for desistance, eight for the child's safety, seven for others' safety. */
    private static Judgement judgement(Lens lens, Random random) {
        int roll = random.nextInt(20);
        return switch (lens) {
            case SAFETY_OF_OTHERS -> {
                if (roll < 2) {
                    yield new Judgement(Answer.NOT_APPLICABLE, NOT_ARISING);
                }
                yield roll < 8 ? no(OTHERS_SAFETY_NO, random) : new Judgement(Answer.YES, null);
            }
            case SAFETY_OF_THE_CHILD -> roll < 4 ? no(CHILD_SAFETY_NO, random) : new Judgement(Answer.YES, null);
            default -> roll < 2 ? no(DESISTANCE_NO, random) : new Judgement(Answer.YES, null);
        };
    }

    private static Judgement no(String[] reasons, Random random) {
        return new Judgement(Answer.NO, reasons[random.nextInt(reasons.length)]);
    }
}
