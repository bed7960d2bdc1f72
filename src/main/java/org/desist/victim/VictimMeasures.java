package org.desist.victim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.desist.victim.internal.VictimMeasureFigures;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim measures of a service for a period (YJB KPI 10: victims contacted, offered restorative justice,
 * consented, took part, satisfied, kept informed), each figure with its share of its denominator; the victims behind
 * a figure only for the victim capability, each view audited without their details. For the victim pages and,
 * later, the Board's performance pages.
 */
@Service
@Transactional(readOnly = true)
public class VictimMeasures {

    private final VictimMeasureFigures figures;
    private final AuditTrail audit;

    private final int smallNumberThreshold;

    VictimMeasures(
            VictimMeasureFigures figures,
            AuditTrail audit,
            @org.springframework.beans.factory.annotation.Value("${desist.quality.small-number-threshold:5}")
                    int smallNumberThreshold) {
        this.figures = figures;
        this.audit = audit;
        this.smallNumberThreshold = smallNumberThreshold;
    }

    /**
     * One figure.
     *
     * @param denominatorKey the figure this one is a share of, or null (a population)
     * @param denominator that figure's count, or null
     * @param suppressBelow counts from 1 to one less than this are not shown (0 for those who may see the victims)
     */
    public record Measure(
            String key, String label, int count, String denominatorKey, Integer denominator, int suppressBelow) {

        /** Too few to show to this user: a count that could identify a victim or a child. */
        public boolean suppressed() {
            return count > 0 && count < suppressBelow;
        }

        /** The denominator, or null when there is none or it is too few to show this user. */
        public Integer denominatorShown() {
            return denominator == null || (denominator > 0 && denominator < suppressBelow) ? null : denominator;
        }

        /** The share of the denominator as a whole percentage (halves up), or null without one, when it is 0, or
         * when either count is too few to show (a percentage of a known total would give the count away). */
        public Integer percent() {
            if (denominator == null || denominator == 0 || suppressed() || denominator < suppressBelow) {
                return null;
            }
            return (int) Math.floor(100.0 * count / denominator + 0.5);
        }
    }

    public record Period(UUID serviceId, LocalDate from, LocalDate to, List<Measure> measures) {}

    /** A victim behind a figure: for the victim capability only. */
    public record VictimBehind(UUID victimId, UUID offenceId, String name, LocalDate recordedOn) {}

    /**
     * The measures of one of the user's services for a period, inclusive: counts only, nobody named; for a user who
     * may not see the victims (e.g. a Management Board member), counts below {@code desist.quality.small-number-threshold}
     * are suppressed.
     */
    public Period of(UUID serviceId, LocalDate from, LocalDate to) {
        check(serviceId, from, to);
        int suppressBelow =
                org.desist.security.CurrentUser.require().can(org.desist.security.Role.Capability.VICTIM_VIEW)
                        ? 0
                        : smallNumberThreshold;
        List<VictimMeasureFigures.Joined> joined = figures.of(serviceId, from, to);
        Map<String, Integer> counts = new LinkedHashMap<>();
        joined.forEach(f -> counts.put(f.key(), f.victimIds().size()));
        return new Period(
                serviceId,
                from,
                to,
                joined.stream()
                        .map(f -> new Measure(
                                f.key(),
                                f.label(),
                                f.victimIds().size(),
                                f.denominatorKey(),
                                f.denominatorKey() == null ? null : counts.get(f.denominatorKey()),
                                suppressBelow))
                        .toList());
    }

    /** The label of a figure of the period, or not found. */
    public Measure measure(UUID serviceId, LocalDate from, LocalDate to, String key) {
        return of(serviceId, from, to).measures().stream()
                .filter(m -> m.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Measure"));
    }

    /**
     * The victims behind one figure, for the victim capability: each view audited against the child's record as a
     * view of a victim, with no name (the child's history shows that trail).
     */
    @Transactional
    public List<VictimBehind> victimsBehind(UUID serviceId, LocalDate from, LocalDate to, String key) {
        if (!CurrentUser.require().can(Role.Capability.VICTIM_VIEW)) {
            throw new AccessDeniedException("Victims' details need VICTIM_VIEW");
        }
        check(serviceId, from, to);
        VictimMeasureFigures.Joined figure = figures.of(serviceId, from, to).stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Measure"));
        List<VictimMeasureFigures.Named> named = figures.named(figure.victimIds(), serviceId);
        audit.viewedEach(named.stream()
                .map(n -> new AuditTrail.View(
                        serviceId, n.childId(), Victims.VICTIM, n.victimId(), "Viewed a victim in the victim measures"))
                .toList());
        return named.stream()
                .map(n -> new VictimBehind(n.victimId(), n.offenceId(), n.name(), n.recordedOn()))
                .toList();
    }

    private static void check(UUID serviceId, LocalDate from, LocalDate to) {
        if (serviceId == null || !CurrentUser.require().belongsTo(serviceId)) {
            throw new NotFoundException("Youth justice service");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (from == null) {
            problems.put("from", "Enter the first date of the period");
        }
        if (to == null) {
            problems.put("to", "Enter the last date of the period");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.put("to", "The last date must be the same as or after the first date");
        }
        InvalidRequestException.refuseIf(problems);
    }
}
