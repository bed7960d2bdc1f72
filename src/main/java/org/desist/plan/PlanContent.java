package org.desist.plan;

import java.util.List;

/**
 * What a plan says (YJB case management guidance): the aim of each strand, victims' needs and wishes and the actions
 * to protect actual and potential victims (text only: never a victim's name or contact details), contingency
 * arrangements, the child's and parents' or carers' views, and other agencies' plans. Any part may be empty
 * in a draft.
 */
public record PlanContent(
        String desistanceAim,
        String childSafetyAim,
        String othersSafetyAim,
        String victimsNeeds,
        String victimProtection,
        List<String> contingencies,
        String childViews,
        String parentsViews,
        List<OtherPlan> otherPlans) {

    public PlanContent {
        contingencies = contingencies == null
                ? List.of()
                : contingencies.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::trim)
                        .toList();
        otherPlans = otherPlans == null ? List.of() : List.copyOf(otherPlans);
    }

    public static PlanContent empty() {
        return new PlanContent(null, null, null, null, null, null, null, null, null);
    }

    public PlanContent withAims(String desistance, String childSafety, String othersSafety) {
        return new PlanContent(
                desistance,
                childSafety,
                othersSafety,
                victimsNeeds,
                victimProtection,
                contingencies,
                childViews,
                parentsViews,
                otherPlans);
    }

    public PlanContent withVictims(String needs, String protection) {
        return new PlanContent(
                desistanceAim,
                childSafetyAim,
                othersSafetyAim,
                needs,
                protection,
                contingencies,
                childViews,
                parentsViews,
                otherPlans);
    }

    public PlanContent withContingencies(List<String> value) {
        return new PlanContent(
                desistanceAim,
                childSafetyAim,
                othersSafetyAim,
                victimsNeeds,
                victimProtection,
                value,
                childViews,
                parentsViews,
                otherPlans);
    }

    public PlanContent withViews(String child, String parents) {
        return new PlanContent(
                desistanceAim,
                childSafetyAim,
                othersSafetyAim,
                victimsNeeds,
                victimProtection,
                contingencies,
                child,
                parents,
                otherPlans);
    }

    public PlanContent withOtherPlans(List<OtherPlan> value) {
        return new PlanContent(
                desistanceAim,
                childSafetyAim,
                othersSafetyAim,
                victimsNeeds,
                victimProtection,
                contingencies,
                childViews,
                parentsViews,
                value);
    }

    /** The aim written for a strand. */
    public String aimOf(Strand strand) {
        return switch (strand) {
            case DESISTANCE -> desistanceAim;
            case CHILD_SAFETY -> childSafetyAim;
            case OTHERS_SAFETY -> othersSafetyAim;
        };
    }
}
