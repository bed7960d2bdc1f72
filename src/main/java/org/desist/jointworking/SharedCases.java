package org.desist.jointworking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.Agency;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared cases with children's social care (domain reference 03, "Roles on a shared case"): the social worker
 * and personal adviser allocated to a child, when a case becomes shared (a YOS case manager holds work in progress
 * and social care has someone allocated), the role agreement with the lead professional, joint home visits, the
 * joint meeting before closure, and each service telling the other of a change of worker. Each of those is a due
 * item on the intervention, so the work lists, the closure rule and the dashboards see them.
 *
 * <p>Changes of worker are due items owned by the service that must tell the other (not a list of messages):
 * the protocol asks each service to notify the other, and a due item shows who must, by when, whether it was
 * done and whether late — a message list would show none of that.
 */
@Service
public class SharedCases {

    public static final String ALLOCATION = "SOCIAL_CARE_ALLOCATION";
    static final String AGREEMENT = "ROLE_AGREEMENT";
    static final String VISIT = "JOINT_HOME_VISIT";
    static final String MEETING = "JOINT_CLOSURE_MEETING";
    static final String NOTIFICATION = "SHARED_CASE_NOTIFICATION";
    static final String VIEW = "SHARED_CASE";

    static final String CASE_SHARED = "CASE_SHARED";
    static final String FIRST_VISIT_HELD = "FIRST_JOINT_HOME_VISIT_HELD";
    static final String CLOSURE_MEETING_DUE = "JOINT_CLOSURE_MEETING_DUE";
    static final String CASE_MANAGER_CHANGED = "CASE_MANAGER_CHANGED_ON_SHARED_CASE";
    static final String WORKER_CHANGED = "SOCIAL_CARE_WORKER_CHANGED";

    /** The due-item rules of a shared case. */
    public static final Set<String> RULES = Set.of(
            "role-agreement",
            "joint-home-visit",
            "joint-home-visit-next",
            "joint-closure-meeting",
            "social-care-told-of-case-manager-change",
            "yos-told-of-social-care-change");

    private static final Set<String> NOTIFICATION_RULES =
            Set.of("social-care-told-of-case-manager-change", "yos-told-of-social-care-change");

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final Interventions interventions;
    private final DueItems dueItems;
    private final LookedAfterRecords lookedAfter;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final int closureMeetingMonths;

    SharedCases(
            JdbcClient jdbc,
            ChildRecords children,
            Interventions interventions,
            DueItems dueItems,
            LookedAfterRecords lookedAfter,
            Directory directory,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.jointworking.closure-meeting-months-without-end-date:6}") int closureMeetingMonths) {
        this.jdbc = jdbc;
        this.children = children;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.lookedAfter = lookedAfter;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.closureMeetingMonths = closureMeetingMonths;
    }

    // ---------------------------------------------------------------- public API for other modules

    /** Children whose current social worker or personal adviser is this Desist account. */
    @Transactional(readOnly = true)
    public List<UUID> childrenAllocatedTo(UUID userAccountId) {
        return jdbc.sql("""
                        select distinct child_id from social_care_allocation
                         where user_account_id = :account and until_date is null
                        """).param("account", userAccountId).query(UUID.class).list();
    }

    /** Whether this Desist account is the child's current social worker or personal adviser. */
    @Transactional(readOnly = true)
    public boolean isAllocated(UUID childId, UUID userAccountId) {
        return jdbc.sql("""
                        select count(*) from social_care_allocation
                         where child_id = :child and user_account_id = :account and until_date is null
                        """)
                        .param("child", childId)
                        .param("account", userAccountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The shared cases of a service the signed-in person belongs to, flagged ones (no agreement) first. */
    @Transactional(readOnly = true)
    public List<SharedCase> inService(UUID serviceId) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<Intervention>> inProgress = interventions.inProgressInYourServices().stream()
                .filter(i -> i.serviceId().equals(serviceId) && i.caseManagerId() != null)
                .collect(Collectors.groupingBy(Intervention::childId, LinkedHashMap::new, Collectors.toList()));
        if (inProgress.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<SocialCareAllocation>> allocated = jdbc
                .sql("select * from social_care_allocation where until_date is null and child_id in (:children)")
                .param("children", inProgress.keySet())
                .query(SharedCases::allocation)
                .list()
                .stream()
                .collect(Collectors.groupingBy(SocialCareAllocation::childId));
        Map<UUID, RoleAgreement> agreements = jdbc
                .sql("select * from role_agreement where superseded_on is null and child_id in (:children)")
                .param("children", allocated.isEmpty() ? Set.of(UUID.randomUUID()) : allocated.keySet())
                .query(SharedCases::agreement)
                .list()
                .stream()
                .collect(Collectors.toMap(RoleAgreement::childId, a -> a));
        Map<UUID, List<DueItem>> open = dueItems.openIn(Set.of(serviceId)).stream()
                .filter(i -> RULES.contains(i.rule().id()))
                .collect(Collectors.groupingBy(DueItem::childId));
        Map<UUID, ChildSummary> named = children.visible(allocated.keySet());
        List<SharedCase> cases = new ArrayList<>();
        for (var entry : allocated.entrySet()) {
            UUID child = entry.getKey();
            if (!named.containsKey(child)) {
                continue;
            }
            List<SocialCareAllocation> now = entry.getValue();
            List<Intervention> work = inProgress.get(child);
            RoleAgreement agreement = agreements.get(child);
            List<DueItem> items = open.getOrDefault(child, List.of());
            cases.add(new SharedCase(
                    child,
                    named.get(child).name(),
                    sharedFrom(child, work).orElse(null),
                    work.stream()
                            .map(Intervention::caseManagerId)
                            .distinct()
                            .map(this::staffName)
                            .toList(),
                    name(now, SocialCareRole.SOCIAL_WORKER),
                    name(now, SocialCareRole.PERSONAL_ADVISER),
                    agreement == null ? null : agreement.leadDescribed(),
                    agreement == null ? null : agreement.agreedOn(),
                    items.size(),
                    (int) items.stream().filter(i -> i.overdueOn(today)).count()));
        }
        cases.sort(Comparator.comparing(SharedCase::flagged).reversed().thenComparing(SharedCase::childName));
        return cases;
    }

    // ---------------------------------------------------------------- the picture on the Social care tab

    /** Someone who took part in the child's work, by role, for the "who is doing what" list. */
    public record Worker(String role, String name, String detail) {}

    /** A joint home visit or joint meeting before closure as recorded. */
    public record Meeting(
            UUID id,
            UUID interventionId,
            LocalDate on,
            String yosAttendees,
            String socialCareAttendees,
            String note,
            String recordedBy) {}

    /** A due item of the shared case, with how it was met when the other service was told. */
    public record Item(DueItem item, String owner, String toldDetail) {}

    /** Everything the Social care tab shows of the shared case. */
    public record View(
            ChildSummary child,
            LocalDate today,
            boolean shared,
            LocalDate sharedFrom,
            boolean lookedAfter,
            CareLeaverCategory careLeaver,
            List<Intervention> inProgress,
            Optional<SocialCareAllocation> socialWorker,
            Optional<SocialCareAllocation> personalAdviser,
            List<SocialCareAllocation> allocations,
            List<Worker> whoDoesWhat,
            Optional<RoleAgreement> agreement,
            List<RoleAgreement> earlierAgreements,
            String lead,
            List<String> warnings,
            List<Item> items,
            List<Meeting> visits,
            List<Meeting> closureMeetings) {

        /** A shared case without a current role agreement is flagged (domain reference 03). */
        public boolean flagged() {
            return shared && agreement.isEmpty();
        }

        public boolean personalAdviserMustAgree() {
            return SharedCaseRules.personalAdviserMustAgree(careLeaver);
        }

        /** A personal adviser may be recorded (a care leaver), or one is already allocated. */
        public boolean personalAdviserApplies() {
            return SharedCaseRules.mayHavePersonalAdviser(careLeaver) || personalAdviser.isPresent();
        }
    }

    /** The shared-case picture for someone who may see the child; the view is audited. */
    @Transactional
    public View viewed(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), VIEW, null, "Viewed the shared case with children's social care");
        return view(childId);
    }

    /** The shared-case picture (the caller has been allowed to see the child and audits the view). */
    @Transactional(readOnly = true)
    public View view(UUID childId) {
        ChildSummary child = children.visible(childId);
        LocalDate today = LocalDate.now(clock);
        LookedAfterRecords.Picture picture = lookedAfter.pictureOf(child);
        List<Intervention> inProgress = inProgress(childId);
        List<SocialCareAllocation> allocations = allocations(childId);
        Optional<SocialCareAllocation> sw = current(allocations, SocialCareRole.SOCIAL_WORKER);
        Optional<SocialCareAllocation> pa = current(allocations, SocialCareRole.PERSONAL_ADVISER);
        boolean shared = SharedCaseRules.shared(!inProgress.isEmpty(), sw.isPresent(), pa.isPresent());
        List<RoleAgreement> agreements = agreements(childId);
        Optional<RoleAgreement> agreement =
                agreements.stream().filter(RoleAgreement::current).findFirst();
        boolean looked = picture.lookedAfter();
        List<String> warnings = new ArrayList<>();
        String lead;
        if (agreement.isPresent()) {
            lead = agreement.get().leadDescribed();
            SharedCaseRules.leadWarning(looked, agreement.get().leadProfessional())
                    .ifPresent(warnings::add);
            if (looked
                    && agreement.get().leadProfessional() == LeadProfessional.SOCIAL_WORKER
                    && agreement.get().childToldOn() == null) {
                warnings.add("Record when the YOS told the child that their social worker is the lead professional");
            }
        } else {
            lead = SharedCaseRules.defaultLead(looked)
                    .map(l -> l.label() + " (the protocol's default for a looked-after child)")
                    .orElse("Not recorded");
        }
        if (shared && agreement.isEmpty()) {
            warnings.add(
                    0,
                    "This is a shared case without a role agreement: the YOS and children's social care must"
                            + " meet and agree their roles");
        }
        if (shared
                && SharedCaseRules.personalAdviserMustAgree(picture.careLeaver().category())
                && pa.isEmpty()) {
            warnings.add("The child is an eligible care leaver: record their personal adviser");
        }
        List<Worker> who = new ArrayList<>();
        inProgress.forEach(i -> who.add(new Worker(
                "YOS case manager",
                staffName(i.caseManagerId()),
                i.type().label() + ": addressing offending behaviour")));
        sw.ifPresent(a -> who.add(new Worker("Social worker", a.name(), contact(a))));
        pa.ifPresent(a -> who.add(new Worker("Personal adviser", a.name(), contact(a))));
        who.add(new Worker("Lead professional", lead, null));
        Map<UUID, String> told = jdbc
                .sql("select * from shared_case_notification where child_id = :c")
                .param("c", childId)
                .query((rs, n) -> Map.entry(
                        rs.getObject("due_item_id", UUID.class),
                        "Told " + rs.getString("told_whom") + " on " + rs.getObject("told_on", LocalDate.class) + ": "
                                + rs.getString("how")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
        List<Item> items = dueItems.forChild(childId).stream()
                .filter(i -> RULES.contains(i.rule().id()))
                .map(i -> new Item(
                        i,
                        i.rule().ownedBySocialCare()
                                ? "Children's social care"
                                : i.ownerId() == null ? "Youth justice service" : staffName(i.ownerId()),
                        told.get(i.id())))
                .toList();
        return new View(
                child,
                today,
                shared,
                sharedFrom(childId, inProgress).orElse(null),
                looked,
                picture.careLeaver().category(),
                inProgress,
                sw,
                pa,
                allocations,
                who,
                agreement,
                agreements.stream().filter(a -> !a.current()).toList(),
                lead,
                warnings,
                items,
                meetings(
                        "select *, null as intervention_id, visited_on as met_on, note as outcome"
                                + " from joint_home_visit where child_id = :c order by visited_on desc",
                        childId),
                meetings(
                        "select *, attendees as yos_attendees, null as social_care_attendees from joint_closure_meeting"
                                + " where child_id = :c order by met_on desc",
                        childId));
    }

    /** The children's social care staff of the child's service who have a Desist account. */
    @Transactional(readOnly = true)
    public List<StaffMember> socialCareStaff(UUID childId) {
        return directory.staffOf(children.visible(childId).serviceId(), Agency.CHILDRENS_SOCIAL_CARE);
    }

    // ---------------------------------------------------------------- allocations

    /**
     * A social worker or personal adviser is allocated from a date. A change is a new allocation: the current one
     * of that role ends that day ({@code currentVersion} must be the version the person saw, null when there was
     * none). The case may become shared; a change of worker on a case with YOS work in progress is a due item for
     * social care to tell the YOS.
     */
    @Transactional
    public SocialCareAllocation allocate(UUID childId, SharedCaseRules.NewAllocation a, Long currentVersion) {
        ChildSummary child = children.responsible(childId);
        LocalDate today = LocalDate.now(clock);
        Optional<SocialCareAllocation> current =
                a.role() == null ? Optional.empty() : current(allocations(childId), a.role());
        samePresence(current.map(SocialCareAllocation::version).orElse(null), currentVersion);
        current.ifPresent(old -> VersionedUpdate.lock(
                jdbc,
                "social_care_allocation",
                old.id(),
                currentVersion,
                () -> audit.staleRecord(ALLOCATION, old.id(), currentVersion)));
        boolean socialCareStaff = a.userAccountId() == null
                || directory.staffOf(child.serviceId(), Agency.CHILDRENS_SOCIAL_CARE).stream()
                        .anyMatch(s -> s.id().equals(a.userAccountId()));
        Map<String, String> problems = SharedCaseRules.allocationProblems(
                a,
                current.map(SocialCareAllocation::from).orElse(null),
                lookedAfter.pictureOf(child).careLeaver().category(),
                today,
                socialCareStaff);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String by = CurrentUser.require().username();
        current.ifPresent(old -> {
            VersionedUpdate.of(
                            jdbc,
                            "update social_care_allocation set until_date = :until, version = version + 1"
                                    + " where id = :id and version = :version")
                    .param("until", a.from())
                    .param("id", old.id())
                    .param("version", currentVersion)
                    .orElseThrow(() -> audit.staleRecord(ALLOCATION, old.id(), currentVersion));
            audit.changed(
                    child.serviceId(),
                    childId,
                    AuditAction.CHANGED,
                    ALLOCATION,
                    old.id(),
                    currentVersion + 1,
                    old.role().label() + " " + old.name() + " replaced from " + a.from(),
                    List.of(new FieldChange("Until", null, a.from().toString())));
        });
        UUID id = UUID.randomUUID();
        // The new allocation carries the role's version on (the one it replaces + 1), so a person who saw the
        // replaced one cannot replace the new one from their stale version; a first allocation made at the same
        // moment by someone else breaks the one-current-per-role index: stale, not a 500.
        insertOnce(jdbc.sql("""
                        insert into social_care_allocation (id, child_id, role, name, team, phone, email, from_date,
                            user_account_id, recorded_at, recorded_by, version)
                        values (:id, :child, :role, :name, :team, :phone, :email, :from, :account, now(), :by,
                            :version)
                        """)
                .param("version", currentVersion == null ? 0 : currentVersion + 1)
                .param("id", id)
                .param("child", childId)
                .param("role", a.role().name())
                .param("name", a.name().trim())
                .param("team", a.team().trim())
                .param("phone", trimmed(a.phone()))
                .param("email", trimmed(a.email()))
                .param("from", a.from())
                .param("account", a.userAccountId())
                .param("by", by));
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange(
                a.role().label(),
                current.map(SocialCareAllocation::name).orElse(null),
                a.name().trim()));
        changes.add(new FieldChange("Team", null, a.team().trim()));
        changes.add(new FieldChange("From", null, a.from().toString()));
        if (a.userAccountId() != null) {
            changes.add(
                    new FieldChange("Desist account", null, a.userAccountId().toString()));
        }
        audit.changed(
                child.serviceId(),
                childId,
                AuditAction.CREATED,
                ALLOCATION,
                id,
                0,
                "Allocated " + a.role().label().toLowerCase() + " " + a.name().trim(),
                changes);
        List<Intervention> inProgress = inProgress(childId);
        if (current.isPresent() && !inProgress.isEmpty()) {
            // Children's social care tells the YOS of its new worker "as soon as possible".
            dueItems.triggered(
                    new DueItems.Trigger(WORKER_CHANGED, child.serviceId(), childId, ALLOCATION, id, null), a.from());
        }
        shareWhereDue(child, inProgress);
        return allocation(id);
    }

    /**
     * Social care's allocation ended with nobody taking over (e.g. their case closed). When nobody is allocated
     * any more the case is no longer shared: what is still due for it no longer applies.
     */
    @Transactional
    public void endAllocation(UUID childId, UUID allocationId, long version, LocalDate endedOn) {
        ChildSummary child = children.responsible(childId);
        SocialCareAllocation a = allocations(childId).stream()
                .filter(x -> x.id().equals(allocationId) && x.current())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No current allocation " + allocationId));
        VersionedUpdate.lock(
                jdbc, "social_care_allocation", a.id(), version, () -> audit.staleRecord(ALLOCATION, a.id(), version));
        if (endedOn == null || endedOn.isAfter(LocalDate.now(clock)) || !endedOn.isAfter(a.from())) {
            throw new InvalidRequestException(
                    Map.of("endedOn", "Enter a date after " + a.from() + ", today or in the past"));
        }
        VersionedUpdate.of(
                        jdbc,
                        "update social_care_allocation set until_date = :until, version = version + 1"
                                + " where id = :id and version = :version")
                .param("until", endedOn)
                .param("id", a.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(ALLOCATION, a.id(), version));
        audit.changed(
                child.serviceId(),
                childId,
                AuditAction.CHANGED,
                ALLOCATION,
                a.id(),
                version + 1,
                a.role().label() + " " + a.name() + " no longer allocated",
                List.of(new FieldChange("Until", null, endedOn.toString())));
        if (allocations(childId).stream().noneMatch(SocialCareAllocation::current)) {
            String reason = "No longer a shared case: nobody from children's social care is allocated";
            for (UUID intervention : jdbc.sql(
                            "select intervention_id from shared_case where child_id = :c and ended_on is null")
                    .param("c", childId)
                    .query(UUID.class)
                    .list()) {
                for (String event : List.of(CASE_SHARED, FIRST_VISIT_HELD, CLOSURE_MEETING_DUE, CASE_MANAGER_CHANGED)) {
                    dueItems.triggerWithdrawn(intervention, event, reason);
                }
            }
            jdbc.sql("update shared_case set ended_on = :on where child_id = :c and ended_on is null")
                    .param("on", endedOn)
                    .param("c", childId)
                    .update();
        }
    }

    /**
     * Each intervention in progress with a case manager becomes a shared case once social care has someone
     * allocated (from the later of the two dates): its role agreement, first joint home visit and joint meeting
     * before closure fall due. A current role agreement already meets the new one.
     */
    void shareWhereDue(ChildSummary child, List<Intervention> inProgress) {
        List<SocialCareAllocation> current = allocations(child.id()).stream()
                .filter(SocialCareAllocation::current)
                .toList();
        if (current.isEmpty()) {
            return;
        }
        LocalDate allocatedFrom = current.stream()
                .map(SocialCareAllocation::from)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Optional<RoleAgreement> agreement =
                agreements(child.id()).stream().filter(RoleAgreement::current).findFirst();
        for (Intervention i : inProgress) {
            boolean already =
                    jdbc.sql("select count(*) from shared_case where intervention_id = :i and ended_on is null")
                                    .param("i", i.id())
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (already) {
                continue;
            }
            LocalDate from = i.startDate().isAfter(allocatedFrom) ? i.startDate() : allocatedFrom;
            jdbc.sql("""
                            insert into shared_case (id, child_id, intervention_id, shared_from, recorded_at)
                            values (:id, :child, :i, :from, now())
                            """)
                    .param("id", UUID.randomUUID())
                    .param("child", child.id())
                    .param("i", i.id())
                    .param("from", from)
                    .update();
            dueItems.triggered(trigger(CASE_SHARED, i), from);
            dueItems.triggered(
                    trigger(CLOSURE_MEETING_DUE, i),
                    SharedCaseRules.closureMeetingDue(i.endDate(), from, closureMeetingMonths));
            agreement.ifPresent(a ->
                    dueItems.fulfilled(i.id(), AGREEMENT, a.id(), a.agreedOn().isAfter(from) ? a.agreedOn() : from));
        }
    }

    /** An intervention started (in its transaction): with social care already allocated, the case is shared. */
    void interventionStarted(UUID childId, UUID interventionId) {
        ChildSummary child = children.visible(childId);
        shareWhereDue(
                child,
                inProgress(childId).stream()
                        .filter(i -> i.id().equals(interventionId))
                        .toList());
    }

    /** A new YOS case manager on a shared case: the YOS tells children's social care "as soon as possible". */
    void caseManagerChanged(UUID childId, UUID interventionId, LocalDate from) {
        if (allocations(childId).stream().noneMatch(SocialCareAllocation::current)) {
            return;
        }
        inProgress(childId).stream()
                .filter(i -> i.id().equals(interventionId))
                .findFirst()
                .ifPresent(i -> dueItems.triggered(trigger(CASE_MANAGER_CHANGED, i), from));
    }

    private static DueItems.Trigger trigger(String event, Intervention i) {
        return new DueItems.Trigger(
                event, i.serviceId(), i.childId(), Interventions.RECORD_TYPE, i.id(), i.caseManagerId());
    }

    // ---------------------------------------------------------------- role agreement

    /**
     * The role agreement is recorded; it supersedes the current one ({@code currentVersion} as the person saw it,
     * null when there was none) and meets the role-agreement due items of the child's work in progress.
     */
    @Transactional
    public RoleAgreement agree(UUID childId, SharedCaseRules.Agreement a, Long currentVersion) {
        ChildSummary child = children.responsible(childId);
        Optional<RoleAgreement> current =
                agreements(childId).stream().filter(RoleAgreement::current).findFirst();
        samePresence(current.map(RoleAgreement::version).orElse(null), currentVersion);
        current.ifPresent(old -> VersionedUpdate.lock(
                jdbc,
                "role_agreement",
                old.id(),
                currentVersion,
                () -> audit.staleRecord(AGREEMENT, old.id(), currentVersion)));
        boolean sw = current(allocations(childId), SocialCareRole.SOCIAL_WORKER).isPresent();
        Map<String, String> problems = SharedCaseRules.agreementProblems(
                a, sw, lookedAfter.pictureOf(child).careLeaver().category(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        current.ifPresent(old -> {
            VersionedUpdate.of(
                            jdbc,
                            "update role_agreement set superseded_on = :on, version = version + 1"
                                    + " where id = :id and version = :version")
                    .param("on", a.agreedOn())
                    .param("id", old.id())
                    .param("version", currentVersion)
                    .orElseThrow(() -> audit.staleRecord(AGREEMENT, old.id(), currentVersion));
            audit.changed(
                    child.serviceId(),
                    childId,
                    AuditAction.CHANGED,
                    AGREEMENT,
                    old.id(),
                    currentVersion + 1,
                    "Role agreement of " + old.agreedOn() + " superseded",
                    List.of(new FieldChange("Superseded on", null, a.agreedOn().toString())));
        });
        UUID id = UUID.randomUUID();
        // As for allocations: the agreement carries the version on, and a concurrent first one is stale.
        insertOnce(jdbc.sql("""
                        insert into role_agreement (id, child_id, responsibilities, roles, contact_frequency,
                            contact_means, agreed_on, yos_worker, social_worker, personal_adviser, lead_professional,
                            lead_professional_other, child_told_on, recorded_at, recorded_by, version)
                        values (:id, :child, :responsibilities, :roles, :frequency, :means, :on, :yos, :sw, :pa, :lead,
                            :other, :told, now(), :by, :version)
                        """)
                .param("version", currentVersion == null ? 0 : currentVersion + 1)
                .param("id", id)
                .param("child", childId)
                .param("responsibilities", a.responsibilities().trim())
                .param("roles", a.roles().trim())
                .param("frequency", a.contactFrequency().trim())
                .param("means", a.contactMeans().trim())
                .param("on", a.agreedOn())
                .param("yos", a.yosWorker().trim())
                .param("sw", trimmed(a.socialWorker()))
                .param("pa", trimmed(a.personalAdviser()))
                .param("lead", a.leadProfessional().name())
                .param(
                        "other",
                        a.leadProfessional() == LeadProfessional.OTHER ? trimmed(a.leadProfessionalOther()) : null)
                .param("told", a.childToldOn())
                .param("by", CurrentUser.require().username()));
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Agreed on", null, a.agreedOn().toString()));
        changes.add(new FieldChange(
                "Agreed by",
                null,
                String.join(
                        "; ",
                        java.util.stream.Stream.of(a.yosWorker(), a.socialWorker(), a.personalAdviser())
                                .filter(s -> !SharedCaseRules.blank(s))
                                .map(String::trim)
                                .toList())));
        changes.add(new FieldChange(
                "Lead professional",
                current.map(RoleAgreement::leadDescribed).orElse(null),
                a.leadProfessional() == LeadProfessional.OTHER
                        ? a.leadProfessionalOther().trim()
                        : a.leadProfessional().label()));
        audit.changed(
                child.serviceId(),
                childId,
                AuditAction.CREATED,
                AGREEMENT,
                id,
                0,
                "Recorded the role agreement",
                changes);
        for (Intervention i : inProgress(childId)) {
            dueItems.fulfilled(i.id(), AGREEMENT, id, a.agreedOn());
        }
        return agreements(childId).stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The YOS told the child that their social worker is the lead professional, on that day. */
    @Transactional
    public RoleAgreement childTold(UUID childId, UUID agreementId, long version, LocalDate on) {
        ChildSummary child = children.responsible(childId);
        RoleAgreement a = agreements(childId).stream()
                .filter(x -> x.id().equals(agreementId) && x.current())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No current role agreement " + agreementId));
        VersionedUpdate.lock(
                jdbc, "role_agreement", a.id(), version, () -> audit.staleRecord(AGREEMENT, a.id(), version));
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException(
                    Map.of("childToldOn", "Enter the date the child was told, today or in the past"));
        }
        VersionedUpdate.of(
                        jdbc,
                        "update role_agreement set child_told_on = :on, version = version + 1"
                                + " where id = :id and version = :version")
                .param("on", on)
                .param("id", a.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(AGREEMENT, a.id(), version));
        audit.changed(
                child.serviceId(),
                childId,
                AuditAction.CHANGED,
                AGREEMENT,
                a.id(),
                version + 1,
                "Told the child who is the lead professional",
                List.of(new FieldChange(
                        "Child told",
                        a.childToldOn() == null ? null : a.childToldOn().toString(),
                        on.toString())));
        return agreements(childId).stream()
                .filter(x -> x.id().equals(agreementId))
                .findFirst()
                .orElseThrow();
    }

    // ---------------------------------------------------------------- joint home visits and closure meetings

    /** A joint home visit: meets the visit due on the child's shared work; after the first, one is due every 3 months. */
    @Transactional
    public Meeting recordHomeVisit(UUID childId, SharedCaseRules.JointMeeting v) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = SharedCaseRules.visitProblems(v, false, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        jdbc.sql("""
                        insert into joint_home_visit (id, child_id, visited_on, yos_attendees, social_care_attendees,
                            note, recorded_at, recorded_by)
                        values (:id, :child, :on, :yos, :csc, :note, now(), :by)
                        """)
                .param("id", id)
                .param("child", childId)
                .param("on", v.on())
                .param("yos", v.yosAttendees().trim())
                .param("csc", v.socialCareAttendees().trim())
                .param("note", trimmed(v.note()))
                .param("by", by)
                .update();
        audit.changed(
                child.serviceId(),
                childId,
                AuditAction.CREATED,
                VISIT,
                id,
                0,
                "Recorded a joint home visit on " + v.on(),
                List.of(
                        new FieldChange("YOS", null, v.yosAttendees().trim()),
                        new FieldChange(
                                "Children's social care",
                                null,
                                v.socialCareAttendees().trim())));
        for (Intervention i : inProgress(childId)) {
            List<DueItem> met = dueItems.fulfilled(i.id(), VISIT, id, v.on());
            if (met.stream()
                    .anyMatch(m -> m.rule().id().equals("joint-home-visit") && m.status() == DueItem.Status.MET)) {
                dueItems.triggered(trigger(FIRST_VISIT_HELD, i), v.on());
            }
        }
        return new Meeting(
                id,
                null,
                v.on(),
                v.yosAttendees().trim(),
                v.socialCareAttendees().trim(),
                trimmed(v.note()),
                by);
    }

    /** The joint meeting before closure of one intervention: meets its due item so it can close without override. */
    @Transactional
    public Meeting recordClosureMeeting(UUID childId, UUID interventionId, SharedCaseRules.JointMeeting m) {
        ChildSummary child = children.responsible(childId);
        Intervention work = inProgress(childId).stream()
                .filter(i -> i.id().equals(interventionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No intervention in progress " + interventionId));
        Map<String, String> problems = SharedCaseRules.visitProblems(m, true, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        String attendees = "YOS: " + m.yosAttendees().trim() + "; children's social care: "
                + m.socialCareAttendees().trim();
        jdbc.sql("""
                        insert into joint_closure_meeting (id, child_id, intervention_id, met_on, attendees, outcome,
                            recorded_at, recorded_by)
                        values (:id, :child, :i, :on, :attendees, :outcome, now(), :by)
                        """)
                .param("id", id)
                .param("child", childId)
                .param("i", work.id())
                .param("on", m.on())
                .param("attendees", attendees)
                .param("outcome", m.note().trim())
                .param("by", by)
                .update();
        audit.changed(
                child.serviceId(),
                childId,
                AuditAction.CREATED,
                MEETING,
                id,
                0,
                "Recorded the joint meeting before closure on " + m.on(),
                List.of(
                        new FieldChange("Attended", null, attendees),
                        new FieldChange("Outcome", null, m.note().trim())));
        dueItems.fulfilled(work.id(), MEETING, id, m.on());
        return new Meeting(id, work.id(), m.on(), attendees, null, m.note().trim(), by);
    }

    // ---------------------------------------------------------------- notifications

    /** The other service was told of a change of worker: meets the due item. */
    @Transactional
    public void recordTold(UUID childId, UUID dueItemId, SharedCaseRules.Told t) {
        ChildSummary child = children.responsible(childId);
        DueItem item = openNotification(childId, dueItemId);
        Map<String, String> problems = SharedCaseRules.toldProblems(t, item.triggerDate(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into shared_case_notification (id, child_id, due_item_id, told_on, told_whom, how,
                            recorded_at, recorded_by)
                        values (:id, :child, :item, :on, :whom, :how, now(), :by)
                        """)
                .param("id", id)
                .param("child", childId)
                .param("item", item.id())
                .param("on", t.on())
                .param("whom", t.whom().trim())
                .param("how", t.how().trim())
                .param("by", CurrentUser.require().username())
                .update();
        audit.changed(
                child.serviceId(),
                childId,
                AuditAction.CREATED,
                NOTIFICATION,
                id,
                0,
                item.rule().name() + " on " + t.on(),
                List.of(new FieldChange(
                        "Told", null, t.whom().trim() + " (" + t.how().trim() + ")")));
        dueItems.fulfilled(item.triggerRecordId(), item.rule().fulfilledBy(), id, t.on());
    }

    /** An open "tell the other service" item of the child. */
    @Transactional(readOnly = true)
    public DueItem openNotification(UUID childId, UUID dueItemId) {
        children.visible(childId);
        return dueItems.forChild(childId).stream()
                .filter(i -> i.id().equals(dueItemId))
                .filter(i -> NOTIFICATION_RULES.contains(i.rule().id()) && i.status() == DueItem.Status.OPEN)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No open notification " + dueItemId));
    }

    // ---------------------------------------------------------------- reading

    /** The child's interventions in progress with a YOS case manager. */
    List<Intervention> inProgress(UUID childId) {
        return interventions.ofChild(childId).stream()
                .filter(i -> i.status() == Intervention.Status.ACTIVE && i.caseManagerId() != null)
                .filter(i -> i.startDate() != null)
                .toList();
    }

    List<SocialCareAllocation> allocations(UUID childId) {
        return jdbc.sql("select * from social_care_allocation where child_id = :c order by from_date desc, role")
                .param("c", childId)
                .query(SharedCases::allocation)
                .list();
    }

    private SocialCareAllocation allocation(UUID id) {
        return jdbc.sql("select * from social_care_allocation where id = :id")
                .param("id", id)
                .query(SharedCases::allocation)
                .single();
    }

    List<RoleAgreement> agreements(UUID childId) {
        return jdbc.sql("select * from role_agreement where child_id = :c order by agreed_on desc, recorded_at desc")
                .param("c", childId)
                .query(SharedCases::agreement)
                .list();
    }

    /** When the child's work in progress became a shared case (the earliest, of what is still in progress). */
    private Optional<LocalDate> sharedFrom(UUID childId, List<Intervention> inProgress) {
        if (inProgress.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select min(shared_from) from shared_case
                         where child_id = :c and ended_on is null and intervention_id in (:work)
                        """)
                .param("c", childId)
                .param("work", inProgress.stream().map(Intervention::id).toList())
                .query(LocalDate.class)
                .optional();
    }

    private List<Meeting> meetings(String sql, UUID childId) {
        return jdbc.sql(sql)
                .param("c", childId)
                .query((rs, n) -> new Meeting(
                        rs.getObject("id", UUID.class),
                        rs.getObject("intervention_id", UUID.class),
                        rs.getObject("met_on", LocalDate.class),
                        rs.getString("yos_attendees"),
                        rs.getString("social_care_attendees"),
                        rs.getString("outcome"),
                        rs.getString("recorded_by")))
                .list();
    }

    private static Optional<SocialCareAllocation> current(List<SocialCareAllocation> all, SocialCareRole role) {
        return all.stream().filter(a -> a.role() == role && a.current()).findFirst();
    }

    private static String name(List<SocialCareAllocation> all, SocialCareRole role) {
        return current(all, role).map(SocialCareAllocation::name).orElse(null);
    }

    private static String contact(SocialCareAllocation a) {
        return java.util.stream.Stream.of(a.team(), a.phone(), a.email())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    private String staffName(UUID id) {
        return id == null
                ? "Not allocated"
                : directory.staffMember(id).map(StaffMember::displayName).orElse("Unknown");
    }

    /**
     * The person saw no current record ({@code seen} null) and there is none, or saw one and there still is one
     * (whether at the version they saw, the update's condition decides).
     */
    /** Inserts the new current record; a current one recorded by someone else at the same moment makes it stale. */
    private static void insertOnce(JdbcClient.StatementSpec insert) {
        try {
            insert.update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new StaleRecordException(
                    "another user", Instant.EPOCH, List.of("Someone else recorded one in the meantime"), 0);
        }
    }

    private static void samePresence(Long actual, Long seen) {
        if ((actual == null) != (seen == null)) {
            throw new StaleRecordException(
                    "another user",
                    Instant.EPOCH,
                    List.of(actual == null ? "It was removed" : "Someone else recorded one in the meantime"),
                    actual == null ? 0 : actual);
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static SocialCareAllocation allocation(ResultSet rs, int n) throws SQLException {
        return new SocialCareAllocation(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                SocialCareRole.valueOf(rs.getString("role")),
                rs.getString("name"),
                rs.getString("team"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getObject("from_date", LocalDate.class),
                rs.getObject("until_date", LocalDate.class),
                rs.getObject("user_account_id", UUID.class),
                rs.getLong("version"),
                rs.getString("recorded_by"));
    }

    private static RoleAgreement agreement(ResultSet rs, int n) throws SQLException {
        return new RoleAgreement(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getString("responsibilities"),
                rs.getString("roles"),
                rs.getString("contact_frequency"),
                rs.getString("contact_means"),
                rs.getObject("agreed_on", LocalDate.class),
                rs.getString("yos_worker"),
                rs.getString("social_worker"),
                rs.getString("personal_adviser"),
                LeadProfessional.valueOf(rs.getString("lead_professional")),
                rs.getString("lead_professional_other"),
                rs.getObject("child_told_on", LocalDate.class),
                rs.getObject("superseded_on", LocalDate.class),
                rs.getLong("version"),
                rs.getString("recorded_by"));
    }
}
