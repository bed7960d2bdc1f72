package org.desist.jointworking;

import java.util.List;
import java.util.Optional;

/**
 * The joint-protocol duties Desist tracks when a child is remanded or sentenced to custody, and for a care
 * leaver in custody or arrested (the joint protocol between children's social care and the YOS, "Remands", "Custody" and "Care leavers"), each with its due-item rule, which service owns it and the checklist that
 * shows it was done properly.
 */
public enum JointDuty {
    REMAND_DETAILS_SENT(
            "remand-contact-team-informed",
            OwnerService.YOS,
            List.of(
                    "The remand details, including any bail conditions",
                    "The YOS assessment",
                    "Sent by a secure route")),
    CARE_AND_PLACEMENT_PLAN(
            "remand-care-and-placement-plan", OwnerService.SOCIAL_CARE, List.of("Care plan", "Placement plan")),
    DETENTION_PLACEMENT_PLAN(
            "detention-placement-plan",
            OwnerService.SOCIAL_CARE,
            List.of(
                    "How the establishment will meet the child's needs",
                    "The establishment's address",
                    "Day-to-day care and safeguarding",
                    "Contact with parents and people with parental responsibility (or why not)",
                    "Health and dental care, and consent arrangements",
                    "Education and training",
                    "How often the social worker visits, and support between visits",
                    "Independent visitor arrangements",
                    "The child's history, religion, culture, language and ethnicity",
                    "Contact details of the IRO, independent visitor, social worker and personal adviser",
                    "The child's wishes and feelings",
                    "Support after the remand, where the child will not be an eligible care leaver")),
    CUSTODY_LA_NOTIFIED(
            "custody-local-authority-notified", OwnerService.YOS, List.of("The sentence", "Where the child is held")),
    CUSTODY_ESTABLISHMENT_INFORMED(
            "custody-information-to-establishment",
            OwnerService.SOCIAL_CARE,
            List.of(
                    "The child's previous care status",
                    "Who holds parental responsibility",
                    "The authority representative's and team manager's contact details",
                    "Anything needed at once for the child's safety",
                    "Family and contact arrangements",
                    "Health and education needs",
                    "The date of the first visit")),
    CUSTODY_FIRST_VISIT(
            "custody-first-visit", OwnerService.SOCIAL_CARE, List.of("Seen in private, or the child refused")),
    CUSTODY_NEEDS_ASSESSMENT(
            "custody-needs-assessment",
            OwnerService.SOCIAL_CARE,
            List.of(
                    "Risk of self-harm",
                    "Emotional state",
                    "Practical needs",
                    "Education",
                    "Health",
                    "Religious and cultural needs",
                    "Worries and advocacy",
                    "Parents' capacity",
                    "Whether to return home or be looked after again",
                    "The wishes and feelings of the child and parents",
                    "Recommendations")),
    CUSTODY_VISIT("custody-visit", OwnerService.SOCIAL_CARE, List.of()),
    /** Recorded with the representative's name, agency, qualification and the day the IRO was told. */
    AUTHORITY_REPRESENTATIVE("custody-authority-representative", OwnerService.SOCIAL_CARE, List.of()),
    CARE_LEAVER_FIRST_VISIT(
            "care-leaver-custody-first-visit",
            OwnerService.SOCIAL_CARE,
            List.of("Visited by the personal adviser, not the YOS worker")),
    CARE_LEAVER_PATHWAY_REVIEW(
            "care-leaver-pathway-plan-review",
            OwnerService.SOCIAL_CARE,
            List.of("The YOS (under 18) or probation (18 and over) was included in the review")),
    CARE_LEAVER_RELEASE_ARRANGEMENTS(
            "care-leaver-release-arrangements",
            OwnerService.SOCIAL_CARE,
            List.of(
                    "Who collects them",
                    "Where they will live",
                    "Reporting arrangements",
                    "Community support",
                    "Education or employment",
                    "Health",
                    "Money",
                    "When they next see their personal adviser")),
    CARE_LEAVER_ARREST_SUPPORT(
            "care-leaver-arrested-support",
            OwnerService.SOCIAL_CARE,
            List.of("An appropriate adult and/or a solicitor supported them"));

    /** Whose duty it is under the joint protocol. */
    public enum OwnerService {
        YOS("Youth justice service"),
        SOCIAL_CARE("Children's social care");

        private final String label;

        OwnerService(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String ruleId;
    private final OwnerService owner;
    private final List<String> checklist;

    JointDuty(String ruleId, OwnerService owner, List<String> checklist) {
        this.ruleId = ruleId;
        this.owner = owner;
        this.checklist = checklist;
    }

    public String ruleId() {
        return ruleId;
    }

    public OwnerService owner() {
        return owner;
    }

    public List<String> checklist() {
        return checklist;
    }

    /** The due-item record that meets this duty (its rule's {@code fulfilledBy}). */
    public String fulfilledBy() {
        return name();
    }

    public static Optional<JointDuty> ofRule(String ruleId) {
        for (JointDuty duty : values()) {
            if (duty.ruleId.equals(ruleId)) {
                return Optional.of(duty);
            }
        }
        return Optional.empty();
    }
}
