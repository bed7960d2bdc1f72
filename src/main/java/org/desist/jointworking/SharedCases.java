package org.desist.jointworking;

import java.time.Clock;
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
import java.util.stream.Stream;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.jointworking.internal.JointMeetingRepository;
import org.desist.jointworking.internal.RoleAgreementRepository;
import org.desist.jointworking.internal.SocialCareAllocationRepository;
import org.desist.security.Agency;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared cases with children's social care (the joint protocol, "Roles on a shared case"): the social worker and
 * personal adviser allocated to a child, when a case becomes shared (a YOS case manager holds work in progress
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

    public static final String ALLOCATION = SocialCareAllocation.RECORD_TYPE;
    static final String VIEW = "SHARED_CASE";
    static final String WORKER_CHANGED = "SOCIAL_CARE_WORKER_CHANGED";

    /** The due-item rules of a shared case. */
    public static final Set<String> RULES = Set.of(
            "role-agreement",
            "joint-home-visit",
            "joint-home-visit-next",
            "joint-closure-meeting",
            "social-care-told-of-case-manager-change",
            "yos-told-of-social-care-change");

    private final ChildRecords children;
    private final Interventions interventions;
    private final DueItems dueItems;
    private final LookedAfterRecords lookedAfter;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final CaseSharing sharing;
    private final SocialCareAllocations allocations;
    private final RoleAgreements agreements;
    private final SocialCareAllocationRepository allocationRecords;
    private final RoleAgreementRepository agreementRecords;
    private final JointMeetingRepository meetings;

    SharedCases(
            ChildRecords children,
            Interventions interventions,
            DueItems dueItems,
            LookedAfterRecords lookedAfter,
            Directory directory,
            AuditTrail audit,
            Clock clock,
            CaseSharing sharing,
            SocialCareAllocations allocations,
            RoleAgreements agreements,
            SocialCareAllocationRepository allocationRecords,
            RoleAgreementRepository agreementRecords,
            JointMeetingRepository meetings) {
        this.children = children;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.lookedAfter = lookedAfter;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.sharing = sharing;
        this.allocations = allocations;
        this.agreements = agreements;
        this.allocationRecords = allocationRecords;
        this.agreementRecords = agreementRecords;
        this.meetings = meetings;
    }

    // ---------------------------------------------------------------- public API for other modules

    /** Children whose current social worker or personal adviser is this Desist account. */
    @Transactional(readOnly = true)
    public List<UUID> childrenAllocatedTo(UUID userAccountId) {
        return allocationRecords.childrenAllocatedTo(userAccountId);
    }

    /** Whether this Desist account is the child's current social worker or personal adviser. */
    @Transactional(readOnly = true)
    public boolean isAllocated(AccessibleChild child, UUID userAccountId) {
        return allocationRecords.isAllocated(child.id(), userAccountId);
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
        Map<UUID, List<SocialCareAllocation>> allocated = allocationRecords.currentOf(inProgress.keySet()).stream()
                .collect(Collectors.groupingBy(SocialCareAllocation::childId));
        Map<UUID, RoleAgreement> agreed =
                agreementRecords
                        .currentOf(allocated.isEmpty() ? Set.of(UUID.randomUUID()) : allocated.keySet())
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
            RoleAgreement agreement = agreed.get(child);
            List<DueItem> items = open.getOrDefault(child, List.of());
            cases.add(new SharedCase(
                    child,
                    named.get(child).name(),
                    sharing.sharedFrom(child, work).orElse(null),
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
            List<SharedCaseMeeting> visits,
            List<SharedCaseMeeting> closureMeetings) {

        /** A shared case without a current role agreement is flagged (the joint protocol). */
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

    /** The shared-case picture; the view is audited. */
    @Transactional
    public View viewed(AccessibleChild child) {
        audit.viewed(child.serviceId(), child.id(), VIEW, null, "Viewed the shared case with children's social care");
        return view(child);
    }

    /** The shared-case picture, not audited (e.g. behind a question page). */
    @Transactional(readOnly = true)
    public View view(AccessibleChild accessible) {
        ChildSummary child = accessible.summary();
        UUID childId = child.id();
        LocalDate today = LocalDate.now(clock);
        LookedAfterRecords.Picture picture = lookedAfter.pictureOf(child);
        List<Intervention> inProgress = sharing.inProgress(childId);
        List<SocialCareAllocation> allocated = allocationRecords.ofChild(childId);
        Optional<SocialCareAllocation> sw = current(allocated, SocialCareRole.SOCIAL_WORKER);
        Optional<SocialCareAllocation> pa = current(allocated, SocialCareRole.PERSONAL_ADVISER);
        boolean shared = SharedCaseRules.shared(!inProgress.isEmpty(), sw.isPresent(), pa.isPresent());
        List<RoleAgreement> agreed = agreementRecords.ofChild(childId);
        Optional<RoleAgreement> agreement =
                agreed.stream().filter(RoleAgreement::current).findFirst();
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
        Map<UUID, String> told = meetings.toldByDueItem(childId);
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
                sharing.sharedFrom(childId, inProgress).orElse(null),
                looked,
                picture.careLeaver().category(),
                inProgress,
                sw,
                pa,
                allocated,
                who,
                agreement,
                agreed.stream().filter(a -> !a.current()).toList(),
                lead,
                warnings,
                items,
                meetings.homeVisits(childId),
                meetings.closureMeetings(childId));
    }

    /** The children's social care staff of the child's service who have a Desist account. */
    public List<StaffMember> socialCareStaff(AccessibleChild child) {
        return directory.staffOf(child.serviceId(), Agency.CHILDRENS_SOCIAL_CARE);
    }

    // ---------------------------------------------------------------- changes, for other modules

    /** As {@link SocialCareAllocations#allocate}, for a child the signed-in person is responsible for. */
    @Transactional
    public SocialCareAllocation allocate(AccessibleChild child, SharedCaseRules.NewAllocation a, Long currentVersion) {
        return allocations.allocate(responsible(child), a, currentVersion);
    }

    /** As {@link RoleAgreements#agree}, for a child the signed-in person is responsible for. */
    @Transactional
    public RoleAgreement agree(AccessibleChild child, SharedCaseRules.Agreement a, Long currentVersion) {
        return agreements.agree(responsible(child), a, currentVersion);
    }

    // ---------------------------------------------------------------- reading

    private AccessibleChild responsible(AccessibleChild child) {
        return child.responsible() ? child : children.responsibleChild(child.id());
    }

    private static Optional<SocialCareAllocation> current(List<SocialCareAllocation> all, SocialCareRole role) {
        return all.stream().filter(a -> a.role() == role && a.current()).findFirst();
    }

    private static String name(List<SocialCareAllocation> all, SocialCareRole role) {
        return current(all, role).map(SocialCareAllocation::name).orElse(null);
    }

    private static String contact(SocialCareAllocation a) {
        return Stream.of(a.team(), a.phone(), a.email())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    private String staffName(UUID id) {
        return id == null
                ? "Not allocated"
                : directory.staffMember(id).map(StaffMember::displayName).orElse("Unknown");
    }
}
