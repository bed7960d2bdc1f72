package org.desist.quality;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.SampleDraw.Candidate;
import org.desist.quality.SampleDraw.Stratum;

/**
 * A mock inspection (court and out-of-court work together) or a themed audit of a service, with its case sample drawn
 * as HM Inspectorate of Probation draws one: the eligible population at the fieldwork date ({@link SampleWindow}),
 * each kind of work's sample size by {@link SampleSize}, the 60/40 split where both are drawn, proportional stratified
 * allocation and a seeded random selection ({@link SampleDraw}); then unsuitable cases replaced by like ones, the
 * sample allocated to auditors, and the organisational standards judged. The eligible population is kept with each
 * case's stratum as it stood at the draw.
 */
public record AuditRound(
        UUID id,
        UUID serviceId,
        RoundPlan.Kind kind,
        String title,
        RoundPlan.Scope scope,
        String frameworkId,
        LocalDate fieldworkDate,
        long seed,
        List<RoundDomain> domains,
        List<RoundCase> cases,
        Map<String, Judgement> organisational,
        long version) {

    public static final String NOT_YET_ASSESSED = "NOT_YET_ASSESSED";
    static final int MOST_TEXT = 4000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public AuditRound {
        domains = List.copyOf(domains);
        cases = List.copyOf(cases);
        organisational = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(organisational));
    }

    /** A case the records make eligible, with its stratum at the fieldwork date. */
    public record EligibleCase(
            UUID interventionId,
            UUID childId,
            CaseWork work,
            LocalDate startDate,
            UUID caseManagerId,
            Stratum stratum) {}

    /** An organisational standard's rating, as judged, with its evidence. */
    public record Judgement(Rating rating, String evidence) {}

    static final AuditedFields<AuditRound> AUDITED = AuditedFields.<AuditRound>of()
            .field("Kind", AuditRound::kind)
            .field("Title", AuditRound::title)
            .field("Work sampled", AuditRound::scope)
            .field("Framework", AuditRound::frameworkId)
            .field("Fieldwork date", AuditRound::fieldworkDate, d -> d.format(DATE))
            .field("Seed", AuditRound::seed)
            .field("Cases in the sample", r -> r.sample().size())
            .field("Cases replaced", r -> r.replaced().size())
            .field(
                    "Cases allocated to an auditor",
                    r -> r.sample().stream().filter(c -> c.auditorId() != null).count())
            .field(
                    "Organisational judgements",
                    r -> r.organisational().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue().rating().label())
                            .collect(Collectors.joining("; ")));

    /**
     * The round and its sample. Each kind of work in scope: its eligible cases ({@code population}, those that
     * started in its window), the formula's sample size for them; where court and out-of-court work are drawn
     * together, the two sizes added up and divided about 60/40 ({@link SampleDraw#courtAndOutOfCourt}, each part at
     * most its population); then each part drawn by strata from {@code seed}.
     */
    public static Change<AuditRound> draw(
            UUID id,
            UUID serviceId,
            RoundPlan plan,
            Framework framework,
            List<EligibleCase> population,
            SampleWindows windows,
            long seed,
            LocalDate today) {
        Map<String, String> problems = plan.problems(Optional.ofNullable(framework), windows, today);
        InvalidRequestException.refuseIf(problems);
        LocalDate fieldwork = plan.fieldworkDate();
        List<CaseWork> works = plan.scopeDrawn().works();
        Map<CaseWork, List<EligibleCase>> byWork = new LinkedHashMap<>();
        for (CaseWork work : works) {
            byWork.put(
                    work,
                    population.stream()
                            .filter(c -> c.work() == work && windows.of(work).contains(c.startDate(), fieldwork))
                            .toList());
        }
        if (byWork.values().stream().allMatch(List::isEmpty)) {
            problems.put(
                    "fieldworkDate",
                    works.stream()
                                    .map(w -> "no " + w.label().toLowerCase(Locale.UK) + " started between "
                                            + windows.of(w)
                                                    .earliestStart(fieldwork)
                                                    .format(DATE) + " and "
                                            + windows.of(w)
                                                    .latestStart(fieldwork)
                                                    .format(DATE))
                                    .collect(Collectors.joining(" and ", "There is nothing to sample: ", ""))
                            + ". Choose another fieldwork date");
            InvalidRequestException.refuseIf(problems);
        }
        Map<CaseWork, Integer> formula = new LinkedHashMap<>();
        byWork.forEach((w, cases) -> formula.put(w, SampleSize.forPopulation(cases.size())));
        Map<CaseWork, Integer> drawn = new LinkedHashMap<>(formula);
        if (works.size() == 2) {
            SampleDraw.Split split = SampleDraw.courtAndOutOfCourt(
                    formula.get(CaseWork.COURT) + formula.get(CaseWork.OUT_OF_COURT),
                    byWork.get(CaseWork.COURT).size(),
                    byWork.get(CaseWork.OUT_OF_COURT).size());
            drawn.put(CaseWork.COURT, split.court());
            drawn.put(CaseWork.OUT_OF_COURT, split.outOfCourt());
        }
        List<RoundDomain> domains = new ArrayList<>();
        List<RoundCase> cases = new ArrayList<>();
        int position = 0;
        for (CaseWork work : works) {
            List<EligibleCase> eligible = byWork.get(work);
            SampleWindow window = windows.of(work);
            domains.add(new RoundDomain(
                    work,
                    window.toString(),
                    window.earliestStart(fieldwork),
                    window.latestStart(fieldwork),
                    eligible.size(),
                    formula.get(work),
                    drawn.get(work)));
            List<Candidate> candidates = eligible.stream()
                    .map(c -> new Candidate(c.interventionId(), c.stratum()))
                    .toList();
            Map<UUID, Integer> positions = new LinkedHashMap<>();
            for (Candidate c : SampleDraw.draw(candidates, drawn.get(work), seed)) {
                positions.put(c.caseId(), ++position);
            }
            for (EligibleCase c : eligible) {
                Integer at = positions.get(c.interventionId());
                cases.add(new RoundCase(
                        c.interventionId(),
                        c.childId(),
                        work,
                        c.startDate(),
                        c.caseManagerId(),
                        c.stratum(),
                        at == null ? RoundCase.Status.ELIGIBLE : RoundCase.Status.SAMPLED,
                        at,
                        null,
                        null,
                        null));
            }
        }
        return Change.created(new AuditRound(
                id,
                serviceId,
                plan.kind(),
                plan.titleGiven(),
                plan.scopeDrawn(),
                framework.id(),
                fieldwork,
                seed,
                domains,
                cases,
                Map.of(),
                0));
    }

    /**
     * A sampled case found unsuitable (for the reason given, which is kept) is replaced by a like case: another of the
     * same stratum from the eligible population at the draw, never sampled before, chosen from the round's seed
     * ({@link SampleDraw#replacement}); it takes the replaced case's place in the sample.
     */
    public Change<AuditRound> replace(UUID interventionId, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        RoundCase unsuitable = sample().stream()
                .filter(c -> c.interventionId().equals(interventionId))
                .findFirst()
                .orElse(null);
        if (unsuitable == null) {
            problems.put("case", "Select a case in the sample");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "Enter why the case is unsuitable, like 'the child moved away in the first month'");
        } else if (reason.strip().length() > MOST_TEXT) {
            problems.put("reason", "The reason must be " + MOST_TEXT + " characters or fewer");
        }
        InvalidRequestException.refuseIf(problems);
        List<Candidate> like = cases.stream()
                .filter(c -> c.work() == unsuitable.work())
                .map(RoundCase::candidate)
                .toList();
        Set<UUID> drawnBefore = cases.stream()
                .filter(c -> c.status() != RoundCase.Status.ELIGIBLE)
                .map(RoundCase::interventionId)
                .collect(Collectors.toSet());
        Candidate replacement = SampleDraw.replacement(like, drawnBefore, unsuitable.candidate(), seed)
                .orElseThrow(() -> new InvalidRequestException(Map.of(
                        "reason",
                        "No other case like this one (the same gender, disposal type, ROSH and safety and"
                                + " wellbeing classification) is left in the eligible population: it stays in the"
                                + " sample")));
        List<RoundCase> after = new ArrayList<>();
        for (RoundCase c : cases) {
            if (c.interventionId().equals(unsuitable.interventionId())) {
                after.add(c.with(RoundCase.Status.REPLACED, c.position(), replacement.caseId(), reason.strip(), null));
            } else if (c.interventionId().equals(replacement.caseId())) {
                after.add(c.with(RoundCase.Status.SAMPLED, unsuitable.position(), null, null, null));
            } else {
                after.add(c);
            }
        }
        return Change.of(this, withCases(after));
    }

    /**
     * Each sampled case's auditor ({@code auditors}: case → auditor, null to take the allocation off): someone who
     * audits cases in the service ({@code mayAudit}), never the case's own case manager nor the person who manages
     * that case manager directly (issue 15: nobody audits their own case or a case they manage directly). Each
     * refusal is on the case's field {@code auditor.<case>}.
     */
    public Change<AuditRound> allocate(
            Map<UUID, UUID> auditors,
            Set<UUID> mayAudit,
            BiPredicate<UUID, UUID> managesDirectly,
            Function<UUID, String> names) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<UUID, RoundCase> sampled =
                sample().stream().collect(Collectors.toMap(RoundCase::interventionId, Function.identity()));
        for (Map.Entry<UUID, UUID> e : auditors.entrySet()) {
            String field = "auditor." + e.getKey();
            RoundCase c = sampled.get(e.getKey());
            UUID auditor = e.getValue();
            if (c == null) {
                problems.put(field, "Allocate only the cases in the sample");
            } else if (auditor == null) {
                continue;
            } else if (!mayAudit.contains(auditor)) {
                problems.put(field, "Select someone in your service who audits cases");
            } else if (auditor.equals(c.caseManagerId())) {
                problems.put(
                        field, names.apply(auditor) + " is this case's case manager: nobody audits their own case");
            } else if (c.caseManagerId() != null && managesDirectly.test(auditor, c.caseManagerId())) {
                problems.put(
                        field,
                        names.apply(auditor) + " manages " + names.apply(c.caseManagerId())
                                + ", this case's case manager, directly: choose another auditor");
            }
        }
        InvalidRequestException.refuseIf(problems);
        List<RoundCase> after = cases.stream()
                .map(c -> c.status() == RoundCase.Status.SAMPLED && auditors.containsKey(c.interventionId())
                        ? c.with(
                                c.status(),
                                c.position(),
                                c.replacedBy(),
                                c.replacementReason(),
                                auditors.get(c.interventionId()))
                        : c)
                .toList();
        return Change.of(this, withCases(after));
    }

    /**
     * The organisational standards' judgements (HMIP standards: domain 1 is rated by judgement, with its evidence):
     * only the framework's organisational standards, each with a rating and its evidence, or neither (not judged yet).
     */
    public Change<AuditRound> judge(Framework framework, Map<String, Judgement> judgements) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Framework.Standard> standards = framework.standards().stream()
                .filter(s -> !s.caseBased())
                .collect(Collectors.toMap(Framework.Standard::number, s -> s, (a, b) -> a, LinkedHashMap::new));
        judgements.keySet().stream()
                .filter(n -> !standards.containsKey(n))
                .forEach(n -> problems.put(
                        "rating." + n, "There is no organisational standard " + n + " in the " + framework.title()));
        Map<String, Judgement> judged = new LinkedHashMap<>();
        for (Framework.Standard s : standards.values()) {
            Judgement j = judgements.get(s.number());
            if (j == null) {
                continue;
            }
            String evidence = j.evidence() == null ? "" : j.evidence().strip();
            String name = s.number() + " " + s.title();
            if (j.rating() == null && !evidence.isEmpty()) {
                problems.put("rating." + s.number(), "Select the rating of " + name + ", or leave its evidence empty");
            } else if (j.rating() != null && evidence.isEmpty()) {
                problems.put("evidence." + s.number(), "Enter the evidence for the rating of " + name);
            } else if (evidence.length() > MOST_TEXT) {
                problems.put("evidence." + s.number(), "The evidence must be " + MOST_TEXT + " characters or fewer");
            } else if (j.rating() != null) {
                judged.put(s.number(), new Judgement(j.rating(), evidence));
            }
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(
                this,
                new AuditRound(
                        id,
                        serviceId,
                        kind,
                        title,
                        scope,
                        frameworkId,
                        fieldworkDate,
                        seed,
                        domains,
                        cases,
                        judged,
                        version));
    }

    /** The cases in the sample now, in the order drawn (a replacement in the place of the case it replaced). */
    public List<RoundCase> sample() {
        return cases.stream()
                .filter(c -> c.status() == RoundCase.Status.SAMPLED)
                .sorted(Comparator.comparing(RoundCase::position))
                .toList();
    }

    /** The cases drawn and then replaced, with their reasons. */
    public List<RoundCase> replaced() {
        return cases.stream()
                .filter(c -> c.status() == RoundCase.Status.REPLACED)
                .sorted(Comparator.comparing(RoundCase::position))
                .toList();
    }

    public int sampleSize() {
        return domains.stream().mapToInt(RoundDomain::drawn).sum();
    }

    /** The population's and the sample's shares of each stratum dimension, per kind of work. */
    public List<SampleProportions> proportions() {
        return domains.stream()
                .map(d -> SampleProportions.of(
                        d.work(),
                        cases.stream().filter(c -> c.work() == d.work()).toList()))
                .toList();
    }

    public AuditRound atVersion(long newVersion) {
        return new AuditRound(
                id,
                serviceId,
                kind,
                title,
                scope,
                frameworkId,
                fieldworkDate,
                seed,
                domains,
                cases,
                organisational,
                newVersion);
    }

    private AuditRound withCases(List<RoundCase> newCases) {
        return new AuditRound(
                id,
                serviceId,
                kind,
                title,
                scope,
                frameworkId,
                fieldworkDate,
                seed,
                domains,
                newCases,
                organisational,
                version);
    }
}
