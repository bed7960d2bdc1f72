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

    /** Reasons for a no, by the work the standard looks at (assessment, planning, delivery, reviewing) and lens. */
    private static final Map<String, String[]> REASONS = Map.ofEntries(
            Map.entry("1" + Lens.DESISTANCE, new String[] {
                "The child's and parents' views are not reflected in the assessment",
                "The assessment lists the offence but not the child's strengths or what matters to them"
            }),
            Map.entry("1" + Lens.SAFETY_OF_THE_CHILD, new String[] {
                "Exploitation concerns were known to the police but not analysed in the assessment",
                "Information from children's social care was not sought although a child in need plan was open"
            }),
            Map.entry("1" + Lens.SAFETY_OF_OTHERS, new String[] {
                "Carrying a knife was not explored: no analysis of who might be harmed or when",
                "The risk to their younger brother is named but not analysed"
            }),
            Map.entry(
                    "2" + Lens.DESISTANCE,
                    new String[] {"The plan lists sessions but not how they build on the child's interests"}),
            Map.entry(
                    "2" + Lens.SAFETY_OF_THE_CHILD,
                    new String[] {"No contingency plan for the child going missing again"}),
            Map.entry("2" + Lens.SAFETY_OF_OTHERS, new String[] {
                "Victims' wishes were not sought before the plan was agreed",
                "No contingency arrangements for the risk to their younger brother"
            }),
            Map.entry(
                    "3" + Lens.DESISTANCE,
                    new String[] {"Two months passed without a session after the child moved school"}),
            Map.entry(
                    "3" + Lens.SAFETY_OF_THE_CHILD,
                    new String[] {"The referral to the emotional health worker was not followed up"}),
            Map.entry("3" + Lens.SAFETY_OF_OTHERS, new String[] {
                "The risk panel was due after the second arrest but was not held",
                "No home visit although the plan relied on the family to manage the risk to the sibling"
            }),
            Map.entry("4" + Lens.DESISTANCE, new String[] {
                "No review after the child moved school, though it changed what the plan could offer"
            }),
            Map.entry(
                    "4" + Lens.SAFETY_OF_THE_CHILD,
                    new String[] {"The new exploitation concerns in June did not lead to a review"}),
            Map.entry(
                    "4" + Lens.SAFETY_OF_OTHERS,
                    new String[] {"The arrest for a further assault did not prompt a review of the risk to others"}),
            Map.entry("4" + Lens.JOINT_WORKING, new String[] {
                "The recommendation to the joint panel did not draw on the service's assessment of the child",
                "The police were not told when the conditions were completed"
            }));

    private static final String NOT_ARISING = "No identifiable risk of harm to others in this case";

    private DemoMockInspectionAnswers() {}

    static CaseAudit.Answers of(Framework framework, CaseAudit audit, Random random) {
        Map<String, Answer> prompts = new LinkedHashMap<>();
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        // In about one case in eight no risk of harm to others arises at all.
        boolean othersArise = random.nextInt(8) != 0;
        for (Framework.Standard s : audit.applicableStandards(framework)) {
            for (Framework.KeyQuestion kq : s.keyQuestions()) {
                Judgement j = kq.lens() == Lens.SAFETY_OF_OTHERS && !othersArise
                        ? new Judgement(Answer.NOT_APPLICABLE, NOT_ARISING)
                        : judgement(s, kq.lens(), random);
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
                safetyAgreed
                        ? null
                        : "Medium or higher would fit: the exploitation concerns were recent and escalating",
                roshAgreed,
                roshAgreed ? null : "Medium would fit: carrying a knife was not considered in the classification",
                oversight,
                oversight
                        ? null
                        : "The manager countersigned the assessment but did not challenge the missing contingency plan");
    }

    /**
     * Yes about 85 times in a hundred for desistance, 75 for the child's safety, 65 for others' safety (and for
     * joint working with the police, 90); a no with a reason that fits the work the standard looks at.
     */
    private static Judgement judgement(Framework.Standard standard, Lens lens, Random random) {
        int roll = random.nextInt(20);
        int threshold = switch (lens) {
            case SAFETY_OF_OTHERS -> 7;
            case SAFETY_OF_THE_CHILD -> 5;
            case JOINT_WORKING -> 2;
            default -> 3;
        };
        if (roll >= threshold) {
            return new Judgement(Answer.YES, null);
        }
        String area = standard.number().substring(standard.number().indexOf('.') + 1);
        String[] reasons = REASONS.get(area + lens);
        if (reasons == null) {
            reasons = REASONS.get(
                    "3" + (lens == Lens.SAFETY_OF_OTHERS || lens == Lens.SAFETY_OF_THE_CHILD ? lens : Lens.DESISTANCE));
        }
        return no(reasons, random);
    }

    private static Judgement no(String[] reasons, Random random) {
        return new Judgement(Answer.NO, reasons[random.nextInt(reasons.length)]);
    }
}
