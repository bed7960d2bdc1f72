package org.desist.victim.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.YouthJusticeService;
import org.desist.victim.VictimMeasures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The victim measures of a service for a period: counts only, never who the victims are. */
@RestController
@Tag(name = "Victims", description = "Victims of children's offences: the victim capability only")
@SecurityRequirement(name = "bearer")
class VictimMeasuresApi {

    private final VictimMeasures measures;
    private final Directory directory;

    VictimMeasuresApi(VictimMeasures measures, Directory directory) {
        this.measures = measures;
        this.directory = directory;
    }

    /** A figure; {@code count} and {@code percent} are null when {@code suppressed} (too few to show the caller). */
    record MeasureJson(
            String key,
            String label,
            Integer count,
            String denominatorKey,
            Integer denominator,
            Integer percent,
            boolean suppressed) {}

    record MeasuresJson(UUID serviceId, LocalDate from, LocalDate to, List<MeasureJson> measures) {}

    @GetMapping("/api/v1/victims/measures")
    @PreAuthorize("hasAnyAuthority('VICTIM_VIEW', 'VICTIM_WORK', 'QUALITY_RATINGS')")
    @Operation(
            summary = "The victim measures of a service for a period (YJB KPI 10): counts and shares only",
            description = "Victims recorded from one date to another (inclusive) in the service (default: the"
                    + " caller's service, the first by name), and how many were contacted, asked to be kept informed"
                    + " and were, with restorative justice where recorded; each figure with its denominator and"
                    + " whole percentage. Never a victim's name or id.")
    MeasuresJson measures(
            @RequestParam LocalDate from, @RequestParam LocalDate to, @RequestParam(required = false) UUID service) {
        UUID serviceId = service != null ? service : defaultService();
        VictimMeasures.Period period = measures.of(serviceId, from, to);
        return new MeasuresJson(
                period.serviceId(),
                period.from(),
                period.to(),
                period.measures().stream()
                        .map(m -> new MeasureJson(
                                m.key(),
                                m.label(),
                                m.suppressed() ? null : m.count(),
                                m.denominatorKey(),
                                m.denominatorShown(),
                                m.percent(),
                                m.suppressed()))
                        .toList());
    }

    private UUID defaultService() {
        return directory.services(CurrentUser.require().serviceIds()).stream()
                .min(Comparator.comparing(YouthJusticeService::name))
                .map(YouthJusticeService::id)
                .orElseThrow(() -> new NotFoundException("Youth justice service"));
    }
}
