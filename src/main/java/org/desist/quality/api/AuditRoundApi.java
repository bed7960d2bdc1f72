package org.desist.quality.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.AuditRound;
import org.desist.quality.AuditRounds;
import org.desist.quality.RoundCase;
import org.desist.quality.RoundDomain;
import org.desist.quality.RoundPlan;
import org.desist.quality.SampleProportions;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Audit rounds: a mock inspection or themed audit created with its sample drawn, read back, and its proportions. */
@RestController
@Tag(name = "Quality assurance", description = "Inspection frameworks, ratings by the inspectorate's rules, samples")
@SecurityRequirement(name = "bearer")
class AuditRoundApi {

    private final AuditRounds rounds;

    AuditRoundApi(AuditRounds rounds) {
        this.rounds = rounds;
    }

    /**
     * @param serviceId the service (optional when the user belongs to one)
     * @param seed the seed to draw from (optional: a new one is generated and recorded)
     */
    record NewRound(
            UUID serviceId,
            RoundPlan.Kind kind,
            String title,
            RoundPlan.Scope scope,
            String framework,
            LocalDate fieldworkDate,
            Long seed) {}

    record Domain(
            String work,
            String window,
            LocalDate earliestStart,
            LocalDate latestStart,
            int population,
            BigDecimal uncorrected,
            BigDecimal formula,
            int formulaSize,
            int drawn) {}

    record Stratum(String gender, String disposalType, String rosh, String safetyAndWellbeing) {}

    record SampledCase(
            UUID interventionId,
            UUID childId,
            String child,
            String work,
            LocalDate startDate,
            String caseManager,
            Stratum stratum,
            RoundCase.Status status,
            Integer position,
            String auditor,
            UUID replacedBy,
            String replacementReason) {}

    /** @param cases the sampled and replaced cases; absent for those who see a round's figures only (the Board) */
    record Round(
            UUID id,
            UUID serviceId,
            RoundPlan.Kind kind,
            String title,
            RoundPlan.Scope scope,
            String framework,
            LocalDate fieldworkDate,
            long seed,
            int sampleSize,
            List<Domain> domains,
            Map<String, AuditRound.Judgement> organisational,
            List<SampledCase> cases) {}

    @PostMapping("/api/v1/quality/rounds")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a mock inspection or themed audit and draw its sample",
            description = "The eligible population at the fieldwork date (court disposals that started 6 to 9 months"
                    + " before, out-of-court 3 to 5: settings), each kind of work's sample size by the formula, the"
                    + " 60/40 split where both are drawn, proportional stratified allocation and a seeded random"
                    + " selection. A missing or wrong value is a 400 naming it.")
    Round create(@RequestBody NewRound request) {
        RoundPlan plan = new RoundPlan(
                request.kind(), request.title(), request.scope(), request.framework(), request.fieldworkDate());
        UUID service = request.serviceId() != null ? request.serviceId() : onlyService();
        AuditRound round =
                request.seed() == null ? rounds.create(service, plan) : rounds.create(service, plan, request.seed());
        return round(rounds.sample(round.id()));
    }

    @GetMapping("/api/v1/quality/rounds/{id}")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    @Operation(
            summary = "An audit round with its sample",
            description = "Its figures for everyone who sees ratings; its cases only for those who audit cases.")
    Round get(@PathVariable UUID id) {
        if (CurrentUser.require().can(Role.Capability.QUALITY_ASSURANCE)) {
            return round(rounds.sample(id));
        }
        return round(new AuditRounds.SampleView(rounds.get(id), Map.of(), Map.of()), false);
    }

    @GetMapping("/api/v1/quality/rounds/{id}/proportions")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    @Operation(summary = "The eligible population's and the sample's shares of each stratum, per kind of work")
    List<SampleProportions> proportions(@PathVariable UUID id) {
        return rounds.get(id).proportions();
    }

    record Replacement(long version, UUID interventionId, String reason) {}

    /** @param auditors each sampled case's auditor (case → auditor; null takes the allocation off) */
    record Allocation(long version, Map<UUID, UUID> auditors) {}

    record Judgements(long version, Map<String, AuditRound.Judgement> organisational) {}

    @PostMapping("/api/v1/quality/rounds/{id}/replacements")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    @Operation(
            summary = "Replace an unsuitable case in the sample by a like case",
            description = "The same stratum and kind of work, from the eligible population at the draw, never sampled"
                    + " before, chosen from the round's seed; the reason is required and kept. 409 when the round"
                    + " changed since the version given.")
    Round replace(@PathVariable UUID id, @RequestBody Replacement request) {
        rounds.replace(id, request.version(), request.interventionId(), request.reason());
        return round(rounds.sample(id));
    }

    @PostMapping("/api/v1/quality/rounds/{id}/allocations")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    @Operation(
            summary = "Allocate sampled cases to auditors",
            description = "Staff of the service who audit cases, never the case's case manager nor the person who"
                    + " manages that case manager directly: each refusal is a 400 naming auditor.<case>.")
    Round allocate(@PathVariable UUID id, @RequestBody Allocation request) {
        rounds.allocate(
                id, request.version(), request.auditors() == null ? Map.of() : new LinkedHashMap<>(request.auditors()));
        return round(rounds.sample(id));
    }

    @PostMapping("/api/v1/quality/rounds/{id}/organisational")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    @Operation(
            summary = "Judge the round's organisational standards",
            description = "Each of the framework's organisational standards with a rating and its evidence, or"
                    + " neither; an unknown standard or a rating without evidence is a 400 naming it.")
    Round judge(@PathVariable UUID id, @RequestBody Judgements request) {
        rounds.judge(
                id,
                request.version(),
                request.organisational() == null ? Map.of() : new LinkedHashMap<>(request.organisational()));
        return round(rounds.sample(id));
    }

    private static Round round(AuditRounds.SampleView view) {
        return round(view, true);
    }

    private static Round round(AuditRounds.SampleView view, boolean withCases) {
        AuditRound r = view.round();
        List<SampledCase> cases = null;
        if (withCases) {
            cases = new ArrayList<>();
            List<RoundCase> shown = new ArrayList<>(r.sample());
            shown.addAll(r.replaced());
            for (RoundCase c : shown) {
                cases.add(new SampledCase(
                        c.interventionId(),
                        c.childId(),
                        view.child(c.childId()),
                        c.work().name(),
                        c.startDate(),
                        view.person(c.caseManagerId()),
                        new Stratum(
                                c.stratum().gender(),
                                c.stratum().disposalType(),
                                c.stratum().rosh(),
                                c.stratum().safetyAndWellbeing()),
                        c.status(),
                        c.position(),
                        view.person(c.auditorId()),
                        c.replacedBy(),
                        c.replacementReason()));
            }
        }
        return new Round(
                r.id(),
                r.serviceId(),
                r.kind(),
                r.title(),
                r.scope(),
                r.frameworkId(),
                r.fieldworkDate(),
                r.seed(),
                r.sampleSize(),
                r.domains().stream().map(AuditRoundApi::domain).toList(),
                r.organisational(),
                cases);
    }

    private static Domain domain(RoundDomain d) {
        return new Domain(
                d.work().name(),
                d.window(),
                d.earliestStart(),
                d.latestStart(),
                d.population(),
                d.uncorrected(),
                d.unrounded(),
                d.formulaSize(),
                d.drawn());
    }

    private static UUID onlyService() {
        var services = CurrentUser.require().serviceIds();
        if (services.size() != 1) {
            throw new InvalidRequestException(Map.of("serviceId", "Give the service the round is of"));
        }
        return services.iterator().next();
    }
}
