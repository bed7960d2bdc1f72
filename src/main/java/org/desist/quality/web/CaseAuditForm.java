package org.desist.quality.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.desist.quality.CaseAudit;
import org.desist.quality.CaseAudit.Answer;
import org.desist.quality.CaseAudit.Answers;
import org.desist.quality.CaseAudit.Judgement;
import org.desist.quality.Framework;
import org.desist.quality.Framework.KeyQuestion;
import org.desist.quality.Framework.Standard;

/**
 * The audit page's form, as typed: a prompt's answer {@code p-2-1-1a}, a key question's judgement {@code j-2-1-1}
 * and its reason {@code r-2-1-1} (YES, NO, NOT_APPLICABLE), and the classification and oversight questions
 * ({@code yes}/{@code no}) with their notes. Field ids double as the error summary's links.
 */
public class CaseAuditForm {

    final Map<String, String> typed;
    final Map<String, String> problems = new LinkedHashMap<>();

    private CaseAuditForm(Map<String, String> typed) {
        this.typed = typed;
    }

    static CaseAuditForm of(Map<String, String> params) {
        return new CaseAuditForm(new LinkedHashMap<>(params));
    }

    /** The form as the audit was saved. */
    static CaseAuditForm of(CaseAudit audit) {
        Map<String, String> typed = new LinkedHashMap<>();
        Answers a = audit.answers();
        a.prompts().forEach((code, answer) -> typed.put(promptField(code), answer.name()));
        a.judgements().forEach((kq, j) -> {
            if (j.answer() != null) {
                typed.put(judgementField(kq), j.answer().name());
            }
            if (j.rationale() != null) {
                typed.put(rationaleField(kq), j.rationale());
            }
        });
        put(typed, "safetyAgreed", a.safetyAgreed());
        put(typed, "roshAgreed", a.roshAgreed());
        put(typed, "oversightSufficient", a.oversightSufficient());
        if (a.safetyNote() != null) {
            typed.put("safetyNote", a.safetyNote());
        }
        if (a.roshNote() != null) {
            typed.put("roshNote", a.roshNote());
        }
        if (a.oversightNote() != null) {
            typed.put("oversightNote", a.oversightNote());
        }
        typed.put("version", String.valueOf(audit.version()));
        return new CaseAuditForm(typed);
    }

    public static String promptField(String code) {
        return "p-" + code.replace('.', '-');
    }

    public static String judgementField(String number) {
        return "j-" + number.replace('.', '-');
    }

    public static String rationaleField(String number) {
        return "r-" + number.replace('.', '-');
    }

    /** The page's field for one of the module's problems ({@code judgement.2.1.1} → {@code j-2-1-1}). */
    static String fieldOf(String problem) {
        if (problem.startsWith("prompt.")) {
            return promptField(problem.substring("prompt.".length()));
        }
        if (problem.startsWith("judgement.")) {
            return judgementField(problem.substring("judgement.".length()));
        }
        if (problem.startsWith("rationale.")) {
            return rationaleField(problem.substring("rationale.".length()));
        }
        return problem;
    }

    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

    public boolean is(String field, String value) {
        return value.equals(typed.get(field));
    }

    long version() {
        try {
            return Long.parseLong(value("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    void version(long version) {
        typed.put("version", String.valueOf(version));
    }

    /** The answers typed for the case's standards; an unknown answer is a problem on its field. */
    Answers answers(Framework framework, CaseAudit audit) {
        Map<String, Answer> prompts = new LinkedHashMap<>();
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (Standard s : audit.applicableStandards(framework)) {
            for (KeyQuestion kq : s.keyQuestions()) {
                kq.prompts().forEach(p -> {
                    Answer answer = answer(promptField(p.code()));
                    if (answer != null) {
                        prompts.put(p.code(), answer);
                    }
                });
                Answer judged = answer(judgementField(kq.number()));
                String rationale = value(rationaleField(kq.number()));
                if (judged != null || !rationale.isBlank()) {
                    judgements.put(kq.number(), new Judgement(judged, rationale));
                }
            }
        }
        return new Answers(
                prompts,
                judgements,
                yesNo("safetyAgreed"),
                value("safetyNote"),
                yesNo("roshAgreed"),
                value("roshNote"),
                yesNo("oversightSufficient"),
                value("oversightNote"));
    }

    private Answer answer(String field) {
        String v = value(field);
        if (v.isBlank()) {
            return null;
        }
        try {
            return Answer.valueOf(v);
        } catch (IllegalArgumentException e) {
            problems.put(field, "Select yes, no or not applicable");
            return null;
        }
    }

    private Boolean yesNo(String field) {
        return switch (value(field)) {
            case "yes" -> true;
            case "no" -> false;
            case "" -> null;
            default -> {
                problems.put(field, "Select yes or no");
                yield null;
            }
        };
    }

    private static void put(Map<String, String> typed, String field, Boolean value) {
        if (value != null) {
            typed.put(field, value ? "yes" : "no");
        }
    }
}
