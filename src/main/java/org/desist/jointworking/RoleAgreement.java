package org.desist.jointworking;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * What the YOS and children's social care agreed on a shared case (the joint protocol, "Roles on a shared
 * case"): areas of responsibility, roles, how often and by what means they communicate, who agreed it and when,
 * and who is lead professional. A later agreement supersedes it ({@code supersededOn}); it is kept.
 */
public record RoleAgreement(
        UUID id,
        UUID childId,
        String responsibilities,
        String roles,
        String contactFrequency,
        String contactMeans,
        LocalDate agreedOn,
        String yosWorker,
        String socialWorker,
        String personalAdviser,
        LeadProfessional leadProfessional,
        String leadProfessionalOther,
        LocalDate childToldOn,
        LocalDate supersededOn,
        long version,
        String recordedBy) {

    public static final String RECORD_TYPE = "ROLE_AGREEMENT";

    /** What the trail shows of an agreement when it is recorded. */
    public static final AuditedFields<RoleAgreement> AUDITED_RECORDED = AuditedFields.<RoleAgreement>of()
            .field("Agreed on", RoleAgreement::agreedOn)
            .field("Agreed by", RoleAgreement::agreedBy)
            .field("Lead professional", RoleAgreement::leadDescribed);

    /** What the trail shows of a change to a recorded agreement. */
    public static final AuditedFields<RoleAgreement> AUDITED = AuditedFields.<RoleAgreement>of()
            .field("Superseded on", RoleAgreement::supersededOn)
            .field("Child told", RoleAgreement::childToldOn);

    public boolean current() {
        return supersededOn == null;
    }

    /** The lead professional as read: "The social worker", or the other person's name. */
    public String leadDescribed() {
        return leadProfessional == null
                ? null
                : leadProfessional == LeadProfessional.OTHER ? leadProfessionalOther : leadProfessional.label();
    }

    /** Who agreed it, as the trail reads it: "Marcus Reid; Lucy Carter". */
    public String agreedBy() {
        return String.join(
                "; ",
                Stream.of(yosWorker, socialWorker, personalAdviser)
                        .filter(s -> !SharedCaseRules.blank(s))
                        .toList());
    }

    /**
     * The services agree their roles (the joint protocol, "Roles on a shared case"): the new current agreement,
     * superseding {@code current} (null: none). It carries the version on (the superseded one's + 1).
     *
     * @param socialWorkerAllocated the child has a current social worker, who must be among those agreeing
     * @param category the child's care-leaver category today
     */
    public static Change<RoleAgreement> agree(
            UUID childId,
            SharedCaseRules.Agreement a,
            RoleAgreement current,
            boolean socialWorkerAllocated,
            CareLeaverCategory category,
            LocalDate today,
            String by) {
        InvalidRequestException.refuseIf(SharedCaseRules.agreementProblems(a, socialWorkerAllocated, category, today));
        return Change.created(new RoleAgreement(
                UUID.randomUUID(),
                childId,
                a.responsibilities().trim(),
                a.roles().trim(),
                a.contactFrequency().trim(),
                a.contactMeans().trim(),
                a.agreedOn(),
                a.yosWorker().trim(),
                trimmed(a.socialWorker()),
                trimmed(a.personalAdviser()),
                a.leadProfessional(),
                a.leadProfessional() == LeadProfessional.OTHER ? trimmed(a.leadProfessionalOther()) : null,
                a.childToldOn(),
                null,
                current == null ? 0 : current.version() + 1,
                by));
    }

    /** A later agreement, made on {@code on}, supersedes this one. */
    public Change<RoleAgreement> supersededOn(LocalDate on) {
        return Change.of(this, with(childToldOn, on));
    }

    /**
     * The YOS told the child that their social worker is the lead professional (the joint protocol: a looked-after
     * child is told who leads), on a day up to today.
     */
    public Change<RoleAgreement> childTold(LocalDate on, LocalDate today) {
        InvalidRequestException.refuseIf(SharedCaseRules.childToldProblems(on, today));
        return Change.of(this, with(on, supersededOn));
    }

    /**
     * What the recording's trail compares the new agreement with: the lead professional of the one it supersedes
     * (so the trail reads "Lead professional: YOS case manager → The social worker"), nothing else of it.
     */
    public static RoleAgreement supersededLead(RoleAgreement superseded) {
        return superseded == null
                ? null
                : new RoleAgreement(
                        superseded.id,
                        superseded.childId,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        superseded.leadProfessional,
                        superseded.leadProfessionalOther,
                        null,
                        null,
                        superseded.version,
                        superseded.recordedBy);
    }

    private RoleAgreement with(LocalDate told, LocalDate superseded) {
        return new RoleAgreement(
                id,
                childId,
                responsibilities,
                roles,
                contactFrequency,
                contactMeans,
                agreedOn,
                yosWorker,
                socialWorker,
                personalAdviser,
                leadProfessional,
                leadProfessionalOther,
                told,
                superseded,
                version,
                recordedBy);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
