package org.desist.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the people who use Desist (the Crime and Disorder Act 1998 and YJB guidance, "The people who use the software"), and
 * what each may do. This is the one place where roles are defined; code checks {@link Capability}s.
 */
public enum Role {
    CASE_MANAGER(
            "Case manager",
            EnumSet.of(Capability.CHILD_VIEW, Capability.CHILD_CREATE, Capability.CHILD_EDIT, Capability.API_TOKENS)),
    SPECIALIST_WORKER(
            "Specialist worker (health, victim, ETE, parenting…)",
            EnumSet.of(
                    Capability.CHILD_VIEW,
                    Capability.CHILD_EDIT,
                    Capability.VICTIM_VIEW,
                    Capability.VICTIM_EDIT,
                    Capability.API_TOKENS)),
    /**
     * A victim worker: victims' details and their work (contact, consent, Victims' Code offers, restorative justice);
     * the child's record as a YOS worker, never the other way round.
     */
    VICTIM_WORKER(
            "Victim worker",
            EnumSet.of(
                    Capability.CHILD_VIEW,
                    Capability.VICTIM_VIEW,
                    Capability.VICTIM_EDIT,
                    Capability.VICTIM_WORK,
                    Capability.API_TOKENS)),
    /** Runs the appropriate adult service (Crime and Disorder Act 1998 s.38(4)): call-outs and the rota. */
    APPROPRIATE_ADULT_COORDINATOR(
            "Appropriate adult coordinator",
            EnumSet.of(
                    Capability.CHILD_VIEW,
                    Capability.CHILD_CREATE,
                    Capability.APPROPRIATE_ADULT,
                    Capability.APPROPRIATE_ADULT_OVERSIGHT,
                    Capability.API_TOKENS)),
    OPERATIONAL_MANAGER(
            "Operational manager",
            EnumSet.of(
                    Capability.CHILD_VIEW,
                    Capability.CHILD_CREATE,
                    Capability.CHILD_EDIT,
                    Capability.CHILD_ACCESS_HISTORY,
                    Capability.TEAM_CASELOAD,
                    Capability.COUNTERSIGN,
                    Capability.JOINT_WORKING_OVERSIGHT,
                    Capability.VICTIM_VIEW,
                    Capability.VICTIM_EDIT,
                    Capability.QUALITY_ASSURANCE,
                    Capability.QUALITY_RATINGS,
                    Capability.APPROPRIATE_ADULT,
                    Capability.APPROPRIATE_ADULT_OVERSIGHT,
                    Capability.VICTIM_WORK,
                    Capability.API_TOKENS)),
    HEAD_OF_SERVICE(
            "Head of service",
            EnumSet.of(
                    Capability.CHILD_VIEW,
                    Capability.CHILD_ACCESS_HISTORY,
                    Capability.TEAM_CASELOAD,
                    Capability.JOINT_WORKING_OVERSIGHT,
                    Capability.VICTIM_VIEW,
                    Capability.QUALITY_ASSURANCE,
                    Capability.QUALITY_RATINGS,
                    Capability.IMPROVEMENT_PLAN_OVERSIGHT,
                    Capability.APPROPRIATE_ADULT_OVERSIGHT,
                    Capability.API_TOKENS)),
    QA_LEAD(
            "QA lead or auditor",
            EnumSet.of(
                    Capability.CHILD_VIEW,
                    Capability.CHILD_ACCESS_HISTORY,
                    Capability.VICTIM_VIEW,
                    Capability.QUALITY_ASSURANCE,
                    Capability.QUALITY_RATINGS)),
    PANEL_MEMBER("Referral order panel member", EnumSet.noneOf(Capability.class)),
    /** The Management Board: a round's ratings, never a child. */
    BOARD_MEMBER("Management Board member", EnumSet.of(Capability.QUALITY_RATINGS)),
    /** A social worker or personal adviser of children's social care: only the children allocated to them. */
    PARTNER_PRACTITIONER("Partner practitioner (children's social care)", EnumSet.of(Capability.SHARED_CASE_VIEW)),
    /** A children's social care team manager: the service's shared cases and the joint-working view. */
    SOCIAL_CARE_MANAGER(
            "Children's social care manager",
            EnumSet.of(Capability.SHARED_CASE_VIEW, Capability.JOINT_WORKING_OVERSIGHT)),
    ADMINISTRATOR("Administrator", EnumSet.of(Capability.AUDIT_LOG, Capability.API_TOKENS, Capability.ADMINISTER));

    private final String label;
    private final Set<Capability> capabilities;

    Role(String label, Set<Capability> capabilities) {
        this.label = label;
        this.capabilities = capabilities;
    }

    public String label() {
        return label;
    }

    public Set<Capability> capabilities() {
        return capabilities;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** What a role may do. Controllers check these, e.g. {@code @PreAuthorize("hasAuthority('CHILD_VIEW')")}. */
    public enum Capability {
        CHILD_VIEW,
        CHILD_CREATE,
        CHILD_EDIT,
        /** "Who has viewed or changed this child's record". */
        CHILD_ACCESS_HISTORY,
        /** Victims' details: protected, never on the child's side of the record. */
        VICTIM_VIEW,
        VICTIM_EDIT,
        /**
         * Victim work (Victims' Code 2021): a caseload of victims, contact, consent, offers, restorative justice, and
         * the victim measures with their records. Victim workers and operational managers.
         */
        VICTIM_WORK,
        /** Recording appropriate adult call-outs and keeping the rota (PACE Code C): the coordinator and managers. */
        APPROPRIATE_ADULT,
        /** The call-out list with the late ones and overnight detentions, and the response-time measures. */
        APPROPRIATE_ADULT_OVERSIGHT,
        TEAM_CASELOAD,
        /** A manager's sign-off: quality assurance of reports to court, countersigning assessments. */
        COUNTERSIGN,
        /**
         * The social-care side of shared children for a partner outside the service (the joint protocol between children's social care and the YOS): the
         * Social care tab and the joint-working duties, never the rest of the record and never victims' details.
         * A partner practitioner sees the children allocated to them; a social care manager every shared case.
         */
        SHARED_CASE_VIEW,
        /** The joint-working view for managers of either service: shared cases, duties by owner, escalations. */
        JOINT_WORKING_OVERSIGHT,
        /** Auditing cases against the inspectorate's standards and drawing samples: QA leads and managers. */
        QUALITY_ASSURANCE,
        /** The inspectorate's frameworks and ratings (no child's details): also the Management Board. */
        QUALITY_RATINGS,
        /** The service's overdue improvement-plan actions, on My work: the head of service. */
        IMPROVEMENT_PLAN_OVERSIGHT,
        AUDIT_LOG,
        API_TOKENS,
        ADMINISTER
    }
}
