package org.desist.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.quality.CaseAudit.Answer;
import org.desist.quality.CaseAudit.Answers;
import org.desist.quality.Framework.KeyQuestion;
import org.desist.quality.Framework.Standard;

/** The case audit's rules for its answers (HMIP standards 2018), shared by saving a draft and completing it. */
final class CaseAuditRules {

    private CaseAuditRules() {}

    /**
     * What is wrong with the answers whatever the audit's stage: prompts and key questions the framework does not ask
     * of the case's work, "not applicable" where the lens arises in every case, text over the limit.
     */
    static Map<String, String> answerProblems(
            Framework framework, List<Standard> applicable, Answers answers, int textLimit) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, KeyQuestion> questions = new LinkedHashMap<>();
        Map<String, String> prompts = new LinkedHashMap<>();
        for (Standard s : applicable) {
            for (KeyQuestion kq : s.keyQuestions()) {
                questions.put(kq.number(), kq);
                kq.prompts().forEach(p -> prompts.put(p.code(), kq.number()));
            }
        }
        answers.prompts().keySet().stream()
                .filter(code -> !prompts.containsKey(code))
                .forEach(code -> problems.put(
                        "prompt." + code, framework.id() + " asks no prompt " + code + " of this case's work"));
        answers.judgements().forEach((number, j) -> {
            KeyQuestion kq = questions.get(number);
            if (kq == null) {
                problems.put(
                        "judgement." + number, framework.id() + " asks no key question " + number + " of this case");
            } else if (j.answer() == Answer.NOT_APPLICABLE && !CaseAudit.mayNotArise(kq.lens())) {
                problems.put(
                        "judgement." + number,
                        "Key question " + number + " (" + kq.lens().label().toLowerCase(java.util.Locale.UK)
                                + ") arises in every case: answer yes or no");
            }
            if (j.rationale() != null && j.rationale().strip().length() > textLimit) {
                problems.put(
                        "rationale." + number,
                        "The reason for key question " + number + " must be " + textLimit + " characters or fewer");
            }
        });
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("safetyNote", answers.safetyNote());
        notes.put("roshNote", answers.roshNote());
        notes.put("oversightNote", answers.oversightNote());
        notes.forEach((field, text) -> {
            if (text != null && text.length() > textLimit) {
                problems.put(field, "The note must be " + textLimit + " characters or fewer");
            }
        });
        return problems;
    }
}
