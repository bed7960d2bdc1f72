package org.desist.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.desist.audit.AuditedFields;
import org.desist.audit.FieldChange;

/** What the audit trail shows of a plan and of its actions, declared once (ADR 13). */
final class PlanAudit {

    /** Its status and agreement (a plan's own parts are below: the trail names them, never their text). */
    static final AuditedFields<Plan> PLAN = AuditedFields.<Plan>of()
            .field("Status", Plan::status)
            .field("Agreed on", Plan::agreedOn)
            .field("Child involved", Plan::childInvolved, PlanAudit::yesNo)
            .field("Parents or carers involved", Plan::parentsInvolved, PlanAudit::yesNo)
            .field("Social worker invited", PlanAudit::invitation);

    static final AuditedFields<PlanAction> ACTION =
            AuditedFields.<PlanAction>of().field("Status", PlanAction::status).field("Due", PlanAction::dueDate);

    private PlanAudit() {}

    /** The plan's changes: its status and agreement, then which of its parts changed, by name. */
    static List<FieldChange> changes(Plan before, Plan after) {
        List<FieldChange> changes = new ArrayList<>(PLAN.changes(before, after));
        if (before != null) {
            changes.addAll(partsChanged(before.content(), after.content()));
        }
        return changes;
    }

    /** Which parts changed, by name (the text itself stays in the plan, not the audit trail). */
    private static List<FieldChange> partsChanged(PlanContent before, PlanContent after) {
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(before.desistanceAim(), after.desistanceAim())
                || !Objects.equals(before.childSafetyAim(), after.childSafetyAim())
                || !Objects.equals(before.othersSafetyAim(), after.othersSafetyAim())) {
            changes.add(new FieldChange("Strands", null, "changed"));
        }
        if (!Objects.equals(before.victimsNeeds(), after.victimsNeeds())
                || !Objects.equals(before.victimProtection(), after.victimProtection())) {
            changes.add(new FieldChange("Victims' needs and protection", null, "changed"));
        }
        if (!Objects.equals(before.contingencies(), after.contingencies())) {
            changes.add(new FieldChange("Contingency arrangements", null, "changed"));
        }
        if (!Objects.equals(before.childViews(), after.childViews())
                || !Objects.equals(before.parentsViews(), after.parentsViews())) {
            changes.add(new FieldChange("Involvement and views", null, "changed"));
        }
        if (!Objects.equals(before.otherPlans(), after.otherPlans())) {
            changes.add(new FieldChange(
                    "Other agencies' plans",
                    String.valueOf(before.otherPlans().size()),
                    String.valueOf(after.otherPlans().size())));
        }
        return changes;
    }

    /** Once agreed: how the social worker was invited, or that it was not recorded. */
    private static String invitation(Plan plan) {
        if (plan.status() == PlanStatus.DRAFT) {
            return null;
        }
        return plan.socialWorkerInvitation() == null
                ? "Not recorded"
                : plan.socialWorkerInvitation().summary();
    }

    private static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "Yes" : "No";
    }
}
