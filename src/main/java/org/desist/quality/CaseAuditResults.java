package org.desist.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.desist.audit.AuditTrail;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.internal.CaseAuditRepository;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role.Capability;
import org.desist.security.Team;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of the service's completed audits (in a date range, or of a round) by the inspectorate's rules
 * ({@link AuditResults}). QA leads and managers see the cases behind every "no" — each such child's view is
 * audited; the Management Board ({@code QUALITY_RATINGS} only) sees figures and ratings, no case and no case
 * manager, with figures from fewer than {@code desist.quality.small-number-threshold} cases suppressed.
 */
@Service
public class CaseAuditResults {

    private final CaseAuditRepository audits;
    private final Frameworks frameworks;
    private final Directory directory;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final int smallNumberThreshold;

    CaseAuditResults(
            CaseAuditRepository audits,
            Frameworks frameworks,
            Directory directory,
            ChildRecords children,
            AuditTrail audit,
            @Value("${desist.quality.small-number-threshold:5}") int smallNumberThreshold) {
        this.audits = audits;
        this.frameworks = frameworks;
        this.directory = directory;
        this.children = children;
        this.audit = audit;
        this.smallNumberThreshold = smallNumberThreshold;
    }

    /**
     * The results, with what a page names them by.
     *
     * @param frameworksUsed the framework versions the set's audits used (results are of one: {@code results})
     * @param children the children behind the "no"s, by id (empty for the Board)
     * @param people the case managers' names, by id (empty for the Board)
     */
    public record Results(
            AuditResults results,
            List<Framework> frameworksUsed,
            Map<UUID, ChildSummary> children,
            Map<UUID, String> people,
            boolean board) {}

    /** The user's services' audits completed from {@code from} to {@code to} inclusive, of one framework version. */
    @Transactional
    public Results completedBetween(LocalDate from, LocalDate to, String frameworkId) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (from == null) {
            problems.put("from", "Enter the first date of audits to include");
        }
        if (to == null) {
            problems.put("to", "Enter the last date of audits to include");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.put("to", "The last date must be the same as or after the first date");
        }
        InvalidRequestException.refuseIf(problems);
        CurrentUser user = CurrentUser.require();
        return results(audits.completedIn(user.serviceIds(), from, to), frameworkId);
    }

    /** The completed audits of a round of one of the user's services. */
    @Transactional
    public Results ofRound(UUID roundId, String frameworkId) {
        CurrentUser user = CurrentUser.require();
        List<CaseAudit> completed = audits.inRound(roundId).stream()
                .filter(a -> a.completed() && user.belongsTo(a.serviceId()))
                .toList();
        return results(completed, frameworkId);
    }

    private Results results(List<CaseAudit> completed, String frameworkId) {
        CurrentUser user = CurrentUser.require();
        List<Framework> used = frameworks.all().stream()
                .filter(f -> completed.stream().anyMatch(a -> a.frameworkId().equals(f.id())))
                .toList();
        Framework framework = chosen(frameworkId, used);
        Function<CaseAudit, String> teamOf = a -> a.caseManagerId() == null
                ? "No case manager"
                : directory
                        .teamOf(a.serviceId(), a.caseManagerId())
                        .map(Team::name)
                        .orElse("No team");
        boolean board = !user.can(Capability.QUALITY_ASSURANCE);
        if (board) {
            return new Results(
                    AuditResults.forBoard(framework, completed, teamOf, smallNumberThreshold),
                    used,
                    Map.of(),
                    Map.of(),
                    true);
        }
        Map<UUID, String> people = directory.displayNames(completed.stream()
                .map(CaseAudit::caseManagerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        AuditResults results = AuditResults.of(
                framework,
                completed,
                teamOf,
                a -> a.caseManagerId() == null ? "No case manager" : people.getOrDefault(a.caseManagerId(), "Unknown"));
        List<UUID> behindNo = results.casesBehindNo().stream()
                .map(AuditResults.CaseBehindNo::childId)
                .distinct()
                .toList();
        Map<UUID, ChildSummary> kids = children.visible(behindNo);
        List<AuditResults.CaseBehindNo> visible = new ArrayList<>();
        for (AuditResults.CaseBehindNo no : results.casesBehindNo()) {
            if (kids.containsKey(no.childId())) {
                visible.add(no);
            }
        }
        kids.values()
                .forEach(c -> audit.viewed(
                        c.serviceId(), c.id(), CaseAudits.RECORD_TYPE, null, "Viewed the cases behind audits' no"));
        AuditResults shown = new AuditResults(
                results.framework(),
                results.audits(),
                results.standards(),
                results.byTeam(),
                results.byCaseManager(),
                visible,
                0);
        return new Results(shown, used, kids, people, false);
    }

    private Framework chosen(String frameworkId, List<Framework> used) {
        if (frameworkId != null && !frameworkId.isBlank()) {
            return frameworks
                    .find(frameworkId)
                    .orElseThrow(() ->
                            new InvalidRequestException(Map.of("framework", "There is no framework " + frameworkId)));
        }
        if (!used.isEmpty()) {
            return used.get(used.size() - 1);
        }
        return frameworks.all().get(frameworks.all().size() - 1);
    }
}
