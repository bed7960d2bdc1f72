package org.desist.quality;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditedFields;
import org.desist.intervention.InterventionType;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.Framework.KeyQuestion;
import org.desist.quality.Framework.Lens;
import org.desist.quality.Framework.Standard;

/**
 * One case (intervention) audited against a framework version's case-based standards, as inspectors audit a case
 * (HMIP standards 2018): each prompt and each key question answered yes, no or not applicable, with a rationale;
 * whether the auditor agrees with the case's safety-and-wellbeing and ROSH classifications; whether management
 * oversight was sufficient. A draft until completed; a completed audit is never edited (a correction is a new
 * audit). The audited case manager acknowledges it once, and may reply.
 *
 * @param caseManagerId the case manager when the audit started (the audit is of their work)
 */
public record CaseAudit(
        UUID id,
        UUID serviceId,
        UUID interventionId,
        UUID childId,
        UUID roundId,
        String frameworkId,
        CaseWork work,
        UUID auditorId,
        UUID caseManagerId,
        Status status,
        Answers answers,
        LocalDate startedOn,
        LocalDate completedOn,
        LocalDate acknowledgedOn,
        String reply,
        long version) {

    public enum Status {
        DRAFT("Draft"),
        COMPLETED("Completed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Answer {
        YES("Yes"),
        NO("No"),
        NOT_APPLICABLE("Not applicable");

        private final String label;

        Answer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A key question's judgement: the auditor's answer, with a rationale (needed for a no and not applicable). */
    public record Judgement(Answer answer, String rationale) {}

    /**
     * What the auditor has answered so far: prompts by code ({@code 2.1.1a}), judgements by key question
     * ({@code 2.1.1}), the classification and oversight questions (null while unanswered).
     */
    public record Answers(
            Map<String, Answer> prompts,
            Map<String, Judgement> judgements,
            Boolean safetyAgreed,
            String safetyNote,
            Boolean roshAgreed,
            String roshNote,
            Boolean oversightSufficient,
            String oversightNote) {

        public Answers {
            prompts = Collections.unmodifiableMap(new LinkedHashMap<>(prompts == null ? Map.of() : prompts));
            judgements = Collections.unmodifiableMap(new LinkedHashMap<>(judgements == null ? Map.of() : judgements));
            safetyNote = blankToNull(safetyNote);
            roshNote = blankToNull(roshNote);
            oversightNote = blankToNull(oversightNote);
        }

        public static Answers none() {
            return new Answers(Map.of(), Map.of(), null, null, null, null, null, null);
        }

        public Optional<Judgement> judgement(String keyQuestion) {
            return Optional.ofNullable(judgements.get(keyQuestion));
        }
    }

    static final AuditedFields<CaseAudit> AUDITED = AuditedFields.<CaseAudit>of()
            .field("Framework", CaseAudit::frameworkId)
            .field("Status", CaseAudit::status)
            .field("Prompts answered", a -> a.answers().prompts().size())
            .field("Key questions judged", CaseAudit::judgementsShown)
            .field(
                    "Agrees with the safety and wellbeing classification",
                    a -> a.answers().safetyAgreed())
            .field("Agrees with the ROSH classification", a -> a.answers().roshAgreed())
            .field("Management oversight sufficient", a -> a.answers().oversightSufficient())
            .field("Completed on", CaseAudit::completedOn)
            .field("Acknowledged on", CaseAudit::acknowledgedOn)
            .field("Reply", CaseAudit::reply);

    /**
     * The work of a kind of intervention, as the inspectorate's case-based standards name it (HMIP standards 2018:
     * domain 2 court disposals, domain 3 out-of-court disposals; the 2025 shape adds bail and remand). Prevention
     * work is no inspected disposal: no standard covers it.
     */
    public static Optional<CaseWork> workOf(InterventionType.Kind kind) {
        return switch (kind) {
            case COURT_ORDER -> Optional.of(CaseWork.COURT);
            case OUT_OF_COURT -> Optional.of(CaseWork.OUT_OF_COURT);
            case REMAND_OR_BAIL -> Optional.of(CaseWork.BAIL_AND_REMAND);
            case PREVENTION -> Optional.empty();
        };
    }

    /** The framework's case-based standards whose populations include the work, in the framework's order. */
    public static List<Standard> applicableStandards(Framework framework, CaseWork work) {
        return framework.standards().stream()
                .filter(s -> s.caseBased() && work != null && s.populations().contains(work))
                .toList();
    }

    public List<Standard> applicableStandards(Framework framework) {
        return applicableStandards(framework, work);
    }

    /**
     * Whether "not applicable" may be the judgement of a key question: only where its lens need not arise in a
     * case (HMIP standards 2018: e.g. no identifiable risk to others, no victim); desistance, the child's safety
     * and joint working with the police arise in every case.
     */
    public static boolean mayNotArise(Lens lens) {
        return lens == Lens.SAFETY_OF_OTHERS || lens == Lens.VICTIMS;
    }

    /**
     * A draft audit of a case. Refused when no case-based standard of the framework covers the case's work, and
     * — unless the service's protocol allows it ({@code refuseOwnAndManaged} false) — when the auditor holds the
     * case or manages its case manager directly (HMIP standards 2018: audits are independent of the case).
     */
    public static Change<CaseAudit> start(
            UUID id,
            UUID serviceId,
            UUID interventionId,
            UUID childId,
            UUID roundId,
            Framework framework,
            InterventionType type,
            UUID auditorId,
            UUID caseManagerId,
            boolean auditorManagesCaseManager,
            boolean refuseOwnAndManaged,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<CaseWork> work = workOf(type.kind());
        if (work.isEmpty() || applicableStandards(framework, work.get()).isEmpty()) {
            problems.put(
                    "intervention",
                    "A " + type.label().toLowerCase(java.util.Locale.UK) + " cannot be audited against the "
                            + framework.title() + ": none of its case-based standards covers "
                            + work.map(w -> w.label().toLowerCase(java.util.Locale.UK))
                                    .orElse("prevention work"));
        } else if (refuseOwnAndManaged && auditorId.equals(caseManagerId)) {
            problems.put("intervention", "You are this case's case manager: nobody audits their own case");
        } else if (refuseOwnAndManaged && auditorManagesCaseManager) {
            problems.put(
                    "intervention",
                    "You manage this case's case manager directly: nobody audits a case they manage directly");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new CaseAudit(
                id,
                serviceId,
                interventionId,
                childId,
                roundId,
                framework.id(),
                work.orElseThrow(),
                auditorId,
                caseManagerId,
                Status.DRAFT,
                Answers.none(),
                today,
                null,
                null,
                null,
                0));
    }

    /**
     * The auditor saves what they have answered so far (any part may be empty). Refused for a completed audit,
     * for someone other than the auditor, and for answers the framework does not ask of this case or that break
     * the text limit.
     */
    public Change<CaseAudit> saveDraft(Framework framework, Answers answers, UUID byUserId, int textLimit) {
        Map<String, String> problems = new LinkedHashMap<>();
        refuseUnlessDraftOfAuditor(byUserId, problems);
        InvalidRequestException.refuseIf(problems);
        problems.putAll(CaseAuditRules.answerProblems(framework, applicableStandards(framework), answers, textLimit));
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(Status.DRAFT, answers, null));
    }

    /**
     * The auditor completes the audit (HMIP standards 2018): every applicable key question judged, with a rationale
     * for a no or not applicable, and the classification and oversight questions answered (a note when they
     * disagree or find oversight insufficient). Each missing answer is named on its field.
     */
    public Change<CaseAudit> complete(Framework framework, UUID byUserId, int textLimit, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        refuseUnlessDraftOfAuditor(byUserId, problems);
        InvalidRequestException.refuseIf(problems);
        problems.putAll(completionProblems(framework, answers, textLimit));
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(Status.COMPLETED, answers, today));
    }

    /** What stops the answers completing an audit of this case, by field; empty when it may be completed. */
    public Map<String, String> completionProblems(Framework framework, Answers answers, int textLimit) {
        Map<String, String> problems =
                CaseAuditRules.answerProblems(framework, applicableStandards(framework), answers, textLimit);
        for (Standard s : applicableStandards(framework)) {
            for (KeyQuestion kq : s.keyQuestions()) {
                Judgement j = answers.judgements().get(kq.number());
                if (j == null || j.answer() == null) {
                    problems.putIfAbsent(
                            "judgement." + kq.number(), "Answer key question " + kq.number() + ": " + kq.text());
                } else if (j.answer() != Answer.YES && blank(j.rationale())) {
                    problems.putIfAbsent(
                            "rationale." + kq.number(),
                            "Give the reason for " + (j.answer() == Answer.NO ? "no" : "not applicable")
                                    + " to key question " + kq.number());
                }
            }
        }
        if (answers.safetyAgreed() == null) {
            problems.putIfAbsent(
                    "safetyAgreed", "Say whether you agree with the case's safety and wellbeing classification");
        } else if (!answers.safetyAgreed() && answers.safetyNote() == null) {
            problems.putIfAbsent("safetyNote", "Say why you disagree with the safety and wellbeing classification");
        }
        if (answers.roshAgreed() == null) {
            problems.putIfAbsent("roshAgreed", "Say whether you agree with the case's ROSH classification");
        } else if (!answers.roshAgreed() && answers.roshNote() == null) {
            problems.putIfAbsent("roshNote", "Say why you disagree with the ROSH classification");
        }
        if (answers.oversightSufficient() == null) {
            problems.putIfAbsent("oversightSufficient", "Say whether management oversight was sufficient");
        } else if (!answers.oversightSufficient() && answers.oversightNote() == null) {
            problems.putIfAbsent("oversightNote", "Say what management oversight was missing");
        }
        return problems;
    }

    /**
     * The audited case manager acknowledges the completed audit, once, and may reply (HMIP standards 2018: findings
     * feed back to practitioners). Nobody else acknowledges it.
     */
    public Change<CaseAudit> acknowledge(UUID byUserId, String reply, int textLimit, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (status != Status.COMPLETED) {
            problems.put("reply", "The audit is not completed yet: there is nothing to acknowledge");
        } else if (!byUserId.equals(caseManagerId)) {
            problems.put("reply", "Only the audited case manager acknowledges the audit");
        } else if (acknowledgedOn != null) {
            problems.put("reply", "The audit was already acknowledged");
        } else if (reply != null && reply.strip().length() > textLimit) {
            problems.put("reply", "Your reply must be " + textLimit + " characters or fewer");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(
                this,
                new CaseAudit(
                        id,
                        serviceId,
                        interventionId,
                        childId,
                        roundId,
                        frameworkId,
                        work,
                        auditorId,
                        caseManagerId,
                        status,
                        answers,
                        startedOn,
                        completedOn,
                        today,
                        blankToNull(reply),
                        version));
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    public boolean acknowledged() {
        return acknowledgedOn != null;
    }

    /** The key questions answered no, in the order answered. */
    public List<String> keyQuestionsAnsweredNo() {
        return answers.judgements().entrySet().stream()
                .filter(e -> e.getValue().answer() == Answer.NO)
                .map(Map.Entry::getKey)
                .toList();
    }

    private void refuseUnlessDraftOfAuditor(UUID byUserId, Map<String, String> problems) {
        if (status == Status.COMPLETED) {
            problems.put(
                    "status",
                    "This audit was completed and cannot be changed: to correct it, start a new audit of the case");
        } else if (!auditorId.equals(byUserId)) {
            problems.put("status", "Only the auditor who started this audit changes it");
        }
    }

    private CaseAudit with(Status newStatus, Answers newAnswers, LocalDate completed) {
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        newAnswers
                .judgements()
                .forEach((k, j) -> judgements.put(k, new Judgement(j.answer(), blankToNull(j.rationale()))));
        Answers cleaned = new Answers(
                newAnswers.prompts(),
                judgements,
                newAnswers.safetyAgreed(),
                newAnswers.safetyNote(),
                newAnswers.roshAgreed(),
                newAnswers.roshNote(),
                newAnswers.oversightSufficient(),
                newAnswers.oversightNote());
        return new CaseAudit(
                id,
                serviceId,
                interventionId,
                childId,
                roundId,
                frameworkId,
                work,
                auditorId,
                caseManagerId,
                newStatus,
                cleaned,
                startedOn,
                completed,
                acknowledgedOn,
                reply,
                version);
    }

    private String judgementsShown() {
        return answers.judgements().entrySet().stream()
                .filter(e -> e.getValue().answer() != null)
                .map(e -> e.getKey() + " " + e.getValue().answer().label())
                .collect(Collectors.joining("; "));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
