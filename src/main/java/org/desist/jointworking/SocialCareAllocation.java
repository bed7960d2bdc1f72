package org.desist.jointworking;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A social worker or personal adviser allocated to a child from {@code from} until {@code until} (exclusive: the
 * day the next one took over; null while current), with their own Desist account when they have one.
 */
public record SocialCareAllocation(
        UUID id,
        UUID childId,
        SocialCareRole role,
        String name,
        String team,
        String phone,
        String email,
        LocalDate from,
        LocalDate until,
        UUID userAccountId,
        long version,
        String recordedBy) {

    public static final String RECORD_TYPE = "SOCIAL_CARE_ALLOCATION";

    private static final Map<SocialCareRole, AuditedFields<SocialCareAllocation>> AUDITED = Map.of(
            SocialCareRole.SOCIAL_WORKER, audited(SocialCareRole.SOCIAL_WORKER),
            SocialCareRole.PERSONAL_ADVISER, audited(SocialCareRole.PERSONAL_ADVISER));

    public boolean current() {
        return until == null;
    }

    /** What the trail shows of an allocation: the worker under their role's label. */
    public static AuditedFields<SocialCareAllocation> auditedFields(SocialCareRole role) {
        return AUDITED.get(role);
    }

    private static AuditedFields<SocialCareAllocation> audited(SocialCareRole role) {
        return AuditedFields.<SocialCareAllocation>of()
                .field(role.label(), SocialCareAllocation::name)
                .field("Team", SocialCareAllocation::team)
                .field("From", SocialCareAllocation::from)
                .field("Desist account", SocialCareAllocation::userAccountId)
                .field("Until", SocialCareAllocation::until);
    }

    /**
     * Children's social care allocates a worker (the joint protocol, "Roles on a shared case"; Children (Leaving
     * Care) Act 2000 for a personal adviser): the new current allocation of that role, replacing {@code current}
     * (null: none). It carries the role's version on (the replaced one's + 1), so nobody replaces it from the
     * version before it.
     *
     * @param category the child's care-leaver category today
     * @param accountIsSocialCareStaff the chosen Desist account (if any) is social care staff of the child's service
     */
    public static Change<SocialCareAllocation> allocate(
            UUID childId,
            SharedCaseRules.NewAllocation a,
            SocialCareAllocation current,
            CareLeaverCategory category,
            LocalDate today,
            boolean accountIsSocialCareStaff,
            String by) {
        InvalidRequestException.refuseIf(SharedCaseRules.allocationProblems(
                a, current == null ? null : current.from(), category, today, accountIsSocialCareStaff));
        return Change.created(new SocialCareAllocation(
                UUID.randomUUID(),
                childId,
                a.role(),
                a.name().trim(),
                a.team().trim(),
                trimmed(a.phone()),
                trimmed(a.email()),
                a.from(),
                null,
                a.userAccountId(),
                current == null ? 0 : current.version() + 1,
                by));
    }

    /** The next worker of the role takes over on {@code from}: this allocation ends that day. */
    public Change<SocialCareAllocation> replacedFrom(LocalDate from) {
        return Change.of(this, until(from));
    }

    /** Social care's allocation ends with nobody taking over (e.g. their case closed). */
    public Change<SocialCareAllocation> end(LocalDate endedOn, LocalDate today) {
        InvalidRequestException.refuseIf(SharedCaseRules.endAllocationProblems(from, endedOn, today));
        return Change.of(this, until(endedOn));
    }

    /**
     * What the creation's trail compares the new allocation with: the worker it replaces (so the trail reads
     * "Social worker: Lucy Carter → Priya Shah"), nothing else of theirs.
     */
    public static SocialCareAllocation replacedWorker(SocialCareAllocation replaced) {
        return replaced == null
                ? null
                : new SocialCareAllocation(
                        replaced.id,
                        replaced.childId,
                        replaced.role,
                        replaced.name,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        replaced.version,
                        replaced.recordedBy);
    }

    private SocialCareAllocation until(LocalDate day) {
        return new SocialCareAllocation(
                id, childId, role, name, team, phone, email, from, day, userAccountId, version, recordedBy);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
