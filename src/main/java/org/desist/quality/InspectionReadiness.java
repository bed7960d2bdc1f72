package org.desist.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditTrail;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role.Capability;
import org.desist.security.StaffMember;
import org.desist.security.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection-readiness view: the open cases of a team or a case manager with the evidence gaps an auditor would
 * find in the record, most gaps first, so they are fixed before anyone audits (HMIP standards 2018: a service audits
 * its own cases as inspectors will). QA leads and managers choose a team or a case manager of their services; anyone
 * else sees only the cases they manage. Each child listed is a view of their record, audited.
 */
@Service
public class InspectionReadiness {

    /** One open case with its gaps. */
    public record Case(
            UUID interventionId,
            UUID childId,
            String childName,
            String work,
            UUID caseManagerId,
            String caseManagerName,
            List<Evidence> gaps) {}

    /** How many of the cases listed have a gap found by one rule. */
    public record RuleCount(String key, String name, long cases) {}

    /**
     * What the view shows: the teams and case managers to choose from (none when only one's own cases may be seen),
     * the chosen team or case manager, how many open cases were looked at, those with gaps, and the gaps per rule.
     */
    public record View(
            boolean ownCasesOnly,
            List<Team> teams,
            List<StaffMember> caseManagers,
            Team team,
            StaffMember caseManager,
            int openCases,
            List<Case> cases,
            List<RuleCount> counts) {

        public long gaps() {
            return cases.stream().mapToLong(c -> c.gaps().size()).sum();
        }
    }

    private final Interventions interventions;
    private final CaseEvidence evidence;
    private final ChildRecords children;
    private final Directory directory;
    private final AuditTrail audit;

    InspectionReadiness(
            Interventions interventions,
            CaseEvidence evidence,
            ChildRecords children,
            Directory directory,
            AuditTrail audit) {
        this.interventions = interventions;
        this.evidence = evidence;
        this.children = children;
        this.directory = directory;
        this.audit = audit;
    }

    /**
     * The view for a team ({@code teamId}) or a case manager ({@code caseManagerId}) of the signed-in person's
     * services, or all of their open cases when neither is chosen; someone who does not assure quality sees only
     * their own cases, whatever they chose. A team or person not of their services is not chosen.
     */
    @Transactional
    public View of(UUID teamId, UUID caseManagerId) {
        CurrentUser user = CurrentUser.require();
        boolean ownOnly = !user.can(Capability.QUALITY_ASSURANCE);
        List<Team> teams = ownOnly
                ? List.of()
                : user.serviceIds().stream()
                        .flatMap(s -> directory.teams(s).stream())
                        .sorted(Comparator.comparing(Team::name))
                        .toList();
        List<StaffMember> holders = ownOnly
                ? List.of()
                : user.serviceIds().stream()
                        .flatMap(s -> directory.caseHolders(s).stream())
                        .distinct()
                        .sorted(Comparator.comparing(StaffMember::displayName))
                        .toList();
        Team team = ownOnly || teamId == null
                ? null
                : teams.stream().filter(t -> t.id().equals(teamId)).findFirst().orElse(null);
        UUID managerId = ownOnly ? user.id() : caseManagerId;
        StaffMember manager = managerId == null
                ? null
                : directory
                        .staffMember(managerId)
                        .filter(m -> ownOnly || holders.contains(m))
                        .orElse(null);
        if (!ownOnly && manager == null) {
            managerId = null;
        }
        UUID chosen = managerId;
        List<Intervention> open = interventions.inProgressInYourServices().stream()
                .filter(i -> chosen == null || chosen.equals(i.caseManagerId()))
                .filter(i -> team == null || team.hasMember(i.caseManagerId()))
                .toList();
        List<Case> cases = withGaps(open);
        return new View(ownOnly, teams, holders, team, manager, open.size(), cases, counts(cases));
    }

    private List<Case> withGaps(List<Intervention> open) {
        Map<UUID, List<Evidence>> found =
                evidence.ofAll(open.stream().map(Intervention::id).toList());
        Map<UUID, ChildSummary> named =
                children.visible(open.stream().map(Intervention::childId).collect(Collectors.toSet()));
        Map<UUID, String> managers = directory.displayNames(open.stream()
                .map(Intervention::caseManagerId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        List<Case> cases = new ArrayList<>();
        List<AuditTrail.View> views = new ArrayList<>();
        for (Intervention i : open) {
            ChildSummary child = named.get(i.childId());
            List<Evidence> gaps = found.getOrDefault(i.id(), List.of()).stream()
                    .filter(e -> e.finding() == Evidence.Finding.GAP)
                    .toList();
            if (child == null || gaps.isEmpty()) {
                continue;
            }
            views.add(new AuditTrail.View(
                    i.serviceId(),
                    i.childId(),
                    Interventions.RECORD_TYPE,
                    i.id(),
                    "Viewed the evidence gaps of the " + i.type().label().toLowerCase(Locale.UK)
                            + " (inspection readiness)"));
            cases.add(new Case(
                    i.id(),
                    i.childId(),
                    child.name(),
                    i.type().label(),
                    i.caseManagerId(),
                    Optional.ofNullable(i.caseManagerId()).map(managers::get).orElse("Not allocated"),
                    gaps));
        }
        audit.viewedEach(views);
        cases.sort(Comparator.comparingInt((Case c) -> -c.gaps().size()).thenComparing(Case::childName));
        return cases;
    }

    private static List<RuleCount> counts(Collection<Case> cases) {
        Map<String, Long> byKey = new LinkedHashMap<>();
        for (String key : EvidenceRules.KEYS) {
            long n = cases.stream()
                    .filter(c -> c.gaps().stream().anyMatch(g -> g.key().equals(key)))
                    .count();
            if (n > 0) {
                byKey.put(key, n);
            }
        }
        return byKey.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new RuleCount(e.getKey(), EvidenceRules.name(e.getKey()), e.getValue()))
                .toList();
    }
}
