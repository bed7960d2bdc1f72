package org.desist.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.assessment.ClassificationChange;
import org.desist.assessment.Lens;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.quality.internal.CaseAuditRepository;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role.Capability;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case audits against the inspectorate's standards: started by a manager or QA lead on any case of their service,
 * saved as a draft, completed, and acknowledged by the audited case manager (HMIP standards 2018). Every view and
 * change is in the child's audit trail. The results of a set of completed audits are {@link CaseAuditResults}'.
 */
@Service
public class CaseAudits {

    public static final String RECORD_TYPE = "CASE_AUDIT";

    private final CaseAuditRepository audits;
    private final Interventions interventions;
    private final ChildRecords children;
    private final Assessments assessments;
    private final Directory directory;
    private final Frameworks frameworks;
    private final CaseEvidence evidence;
    private final CaseAuditResults results;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean refuseOwnAndManaged;
    private final int textLimit;

    CaseAudits(
            CaseAuditRepository audits,
            Interventions interventions,
            ChildRecords children,
            Assessments assessments,
            Directory directory,
            Frameworks frameworks,
            CaseEvidence evidence,
            CaseAuditResults results,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.quality.audit.refuse-own-and-managed-cases:true}") boolean refuseOwnAndManaged,
            @Value("${desist.quality.audit.text-limit:2000}") int textLimit) {
        this.audits = audits;
        this.interventions = interventions;
        this.children = children;
        this.assessments = assessments;
        this.directory = directory;
        this.frameworks = frameworks;
        this.evidence = evidence;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
        this.refuseOwnAndManaged = refuseOwnAndManaged;
        this.textLimit = textLimit;
    }

    /** A case to audit, as the start page shows it: the child, the case and the frameworks to choose from. */
    public record CaseToAudit(AccessibleChild child, Intervention intervention, String caseManager) {}

    /** The case (intervention) the user would audit, if it is one of their service's; its view is audited. */
    @Transactional
    public CaseToAudit caseToAudit(UUID interventionId) {
        Intervention intervention = ownServiceCase(interventionId);
        AccessibleChild child = children.accessible(intervention.childId());
        audit.viewed(
                child.serviceId(),
                child.id(),
                RECORD_TYPE,
                null,
                "Viewed the case to audit: " + intervention.type().label());
        return new CaseToAudit(child, intervention, name(intervention.caseManagerId()));
    }

    /**
     * A draft audit of a case of the user's service with a framework version (null: the newest), in a round when
     * one is given. Refused when no standard covers the case, or it is the auditor's own case or one they manage
     * directly ({@code desist.quality.audit.refuse-own-and-managed-cases}).
     */
    @Transactional
    public CaseAudit start(UUID interventionId, UUID roundId, String frameworkId) {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Capability.QUALITY_ASSURANCE)) {
            throw new AccessDeniedException("Case audits need " + Capability.QUALITY_ASSURANCE);
        }
        Intervention intervention = ownServiceCase(interventionId);
        AccessibleChild child = children.accessible(intervention.childId());
        Framework framework = frameworkId == null || frameworkId.isBlank() ? newest() : framework(frameworkId);
        UUID caseManager = intervention.caseManagerId();
        boolean manages =
                caseManager != null && directory.managesDirectly(intervention.serviceId(), user.id(), caseManager);
        Change<CaseAudit> change = CaseAudit.start(
                UUID.randomUUID(),
                intervention.serviceId(),
                intervention.id(),
                child.id(),
                roundId,
                framework,
                intervention.type(),
                user.id(),
                caseManager,
                manages,
                refuseOwnAndManaged,
                LocalDate.now(clock));
        CaseAudit saved = audits.insert(change, user.username());
        audit.changed(
                saved.serviceId(),
                saved.childId(),
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                "Started an audit of the " + intervention.type().label() + " against the " + framework.title(),
                CaseAudit.AUDITED.changes(null, saved));
        return saved;
    }

    /** An audit with what its page shows beside it. */
    public record AuditView(
            CaseAudit audit,
            Framework framework,
            AccessibleChild child,
            Intervention intervention,
            Map<Lens, Classification> classifications,
            List<Evidence> evidence,
            String auditor,
            String caseManager,
            boolean mayEdit,
            boolean mayAcknowledge) {

        /** The case's current safety-and-wellbeing classification (its latest submitted assessment's). */
        public String safetyClassification() {
            return shown(classifications.get(Lens.SAFETY_AND_WELLBEING));
        }

        /** The case's current risk-of-serious-harm (ROSH) classification. */
        public String roshClassification() {
            return shown(classifications.get(Lens.RISK_OF_HARM));
        }

        private static String shown(Classification c) {
            return c == null ? "Not assessed yet" : c.label();
        }
    }

    /**
     * An audit for its page or the API: for the service's QA leads and managers, and, once completed, for the
     * audited case manager (others: 403); the child must be visible to the user. Audited as a view of the child.
     */
    @Transactional
    public AuditView view(UUID id) {
        CaseAudit found = readable(id);
        AccessibleChild child = children.accessible(found.childId());
        Intervention intervention = interventions.get(found.interventionId());
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, id, "Viewed the case audit");
        CurrentUser user = CurrentUser.require();
        return new AuditView(
                found,
                framework(found.frameworkId()),
                child,
                intervention,
                classifications(intervention.id()),
                found.completed() && !mayManage(user, found) ? List.of() : evidence.of(intervention.id()),
                name(found.auditorId()),
                name(found.caseManagerId()),
                !found.completed() && user.id().equals(found.auditorId()),
                found.completed() && !found.acknowledged() && user.id().equals(found.caseManagerId()));
    }

    /** The auditor saves the draft's answers as they are (optimistic locking: {@code version} as they saw it). */
    @Transactional
    public CaseAudit saveDraft(UUID id, long version, CaseAudit.Answers answers) {
        CaseAudit before = locked(id, version);
        Change<CaseAudit> change = before.saveDraft(
                framework(before.frameworkId()), answers, CurrentUser.require().id(), textLimit);
        return saved(change, "Saved the draft case audit");
    }

    /** What stops the draft completing, by field (for the check-answers page); empty when it may be completed. */
    @Transactional(readOnly = true)
    public Map<String, String> completionProblems(UUID id) {
        CaseAudit found = manageable(id);
        return found.completionProblems(framework(found.frameworkId()), found.answers(), textLimit);
    }

    /** The auditor completes the draft: from then on it is shown to the audited case manager and never edited. */
    @Transactional
    public CaseAudit complete(UUID id, long version) {
        CaseAudit before = locked(id, version);
        Change<CaseAudit> change = before.complete(
                framework(before.frameworkId()), CurrentUser.require().id(), textLimit, LocalDate.now(clock));
        return saved(change, "Completed the case audit");
    }

    /** The audited case manager acknowledges the completed audit, once, with an optional reply for the auditor. */
    @Transactional
    public CaseAudit acknowledge(UUID id, long version, String reply) {
        CaseAudit found = readable(id);
        children.accessible(found.childId());
        audits.lock(id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        Change<CaseAudit> change =
                found.acknowledge(CurrentUser.require().id(), reply, textLimit, LocalDate.now(clock));
        return saved(
                change,
                reply == null || reply.isBlank()
                        ? "Acknowledged the case audit"
                        : "Acknowledged the" + " case audit and replied");
    }

    /** A row of a list of audits: names, never ids. */
    public record Listed(CaseAudit audit, String childName, String caseType, String auditor, String caseManager) {}

    /**
     * The audits of the user's services (QA leads and managers), newest first; {@code status} null for all. A
     * list: opening one is audited.
     */
    @Transactional(readOnly = true)
    public List<Listed> ofYourServices(CaseAudit.Status status) {
        CurrentUser user = CurrentUser.require();
        List<UUID> services = user.serviceIds().stream().toList();
        return listed(audits.ofServices(services, status));
    }

    /** The completed audits of the signed-in case manager's cases, newest first (their feedback). */
    @Transactional(readOnly = true)
    public List<Listed> ofYourCases() {
        CurrentUser user = CurrentUser.require();
        return listed(audits.completedOfCaseManager(user.id(), user.serviceIds()));
    }

    /** One audit of a round: enough for the round's pages to link to it. */
    public record RoundAudit(UUID id, UUID interventionId, UUID auditorId, CaseAudit.Status status) {}

    /** The audits of a round of one of the user's services, oldest first. */
    @Transactional(readOnly = true)
    public List<RoundAudit> inRound(UUID roundId) {
        CurrentUser user = CurrentUser.require();
        return audits.inRound(roundId).stream()
                .filter(a -> user.belongsTo(a.serviceId()))
                .map(a -> new RoundAudit(a.id(), a.interventionId(), a.auditorId(), a.status()))
                .toList();
    }

    /**
     * The results of a round's completed audits by the inspectorate's rules, of the framework version its audits
     * used (the newest, when they used several): see {@link CaseAuditResults#ofRound}.
     */
    @Transactional
    public CaseAuditResults.Results resultsOfRound(UUID roundId) {
        return results.ofRound(roundId, null);
    }

    public Framework framework(String id) {
        return frameworks
                .find(id)
                .orElseThrow(() -> new InvalidRequestException(Map.of("framework", "There is no framework " + id)));
    }

    /** The newest framework version: the one a new audit uses unless another is chosen. */
    public Framework newest() {
        return frameworks.all().stream()
                .max(Comparator.comparing(Framework::inUseFrom))
                .orElseThrow();
    }

    public int textLimit() {
        return textLimit;
    }

    private List<Listed> listed(List<CaseAudit> found) {
        var kids = children.visible(
                found.stream().map(CaseAudit::childId).distinct().toList());
        var people = directory.displayNames(found.stream()
                .flatMap(a -> java.util.stream.Stream.of(a.auditorId(), a.caseManagerId()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return found.stream()
                .filter(a -> kids.containsKey(a.childId()))
                .map(a -> new Listed(
                        a,
                        kids.get(a.childId()).name(),
                        a.work().label(),
                        people.getOrDefault(a.auditorId(), "Unknown"),
                        a.caseManagerId() == null ? "None" : people.getOrDefault(a.caseManagerId(), "Unknown")))
                .toList();
    }

    private Map<Lens, Classification> classifications(UUID interventionId) {
        Map<Lens, Classification> current = new EnumMap<>(Lens.class);
        for (ClassificationChange c : assessments.history(interventionId)) {
            current.put(c.lens(), c.to());
        }
        return current;
    }

    private Intervention ownServiceCase(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        if (!CurrentUser.require().belongsTo(intervention.serviceId())) {
            throw new NotFoundException("Intervention");
        }
        return intervention;
    }

    private CaseAudit saved(Change<CaseAudit> change, String summary) {
        CaseAudit before = change.before();
        CaseAudit saved = audits.save(
                change,
                CurrentUser.require().username(),
                () -> audit.staleRecord(RECORD_TYPE, before.id(), before.version()));
        audit.changed(
                saved.serviceId(),
                saved.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary,
                CaseAudit.AUDITED.changes(before, saved));
        return saved;
    }

    private CaseAudit locked(UUID id, long version) {
        CaseAudit found = manageable(id);
        children.accessible(found.childId());
        audits.lock(id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        return audits.find(id).orElseThrow();
    }

    private CaseAudit manageable(UUID id) {
        CaseAudit found = audits.find(id).orElseThrow(() -> new NotFoundException("Case audit"));
        CurrentUser user = CurrentUser.require();
        if (!user.belongsTo(found.serviceId())) {
            throw new NotFoundException("Case audit");
        }
        if (!mayManage(user, found)) {
            throw new AccessDeniedException("Case audits need " + Capability.QUALITY_ASSURANCE);
        }
        return found;
    }

    private CaseAudit readable(UUID id) {
        CaseAudit found = audits.find(id).orElseThrow(() -> new NotFoundException("Case audit"));
        CurrentUser user = CurrentUser.require();
        if (!user.belongsTo(found.serviceId())) {
            throw new NotFoundException("Case audit");
        }
        boolean theirCase = found.completed() && user.id().equals(found.caseManagerId());
        if (!mayManage(user, found) && !theirCase) {
            throw new AccessDeniedException("Only the audited case manager and quality assurance see a case audit");
        }
        return found;
    }

    static boolean mayManage(CurrentUser user, CaseAudit found) {
        return user.can(Capability.QUALITY_ASSURANCE) && user.belongsTo(found.serviceId());
    }

    private String name(UUID userId) {
        if (userId == null) {
            return "No case manager";
        }
        return directory.displayNames(List.of(userId)).getOrDefault(userId, "Unknown");
    }
}
