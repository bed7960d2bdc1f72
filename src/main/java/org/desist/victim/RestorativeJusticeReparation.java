package org.desist.victim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.order.CourtOrder;
import org.desist.order.CourtOrders;
import org.desist.order.Requirement;
import org.desist.order.RequirementType;
import org.desist.platform.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * What reparation hours count against: a referral order's contract (its reparation, Sentencing Act 2020 s.96), a
 * youth rehabilitation order's unpaid work or activity requirement, or nothing when the work is out of court.
 */
@Component
public class RestorativeJusticeReparation {

    /** The choice that no order is involved (out of court, or work outside any order). */
    public static final String NONE = "none";

    /** One thing the hours may count against: {@code value} as on the form and in the API. */
    public record Against(String value, String label, UUID interventionId, UUID requirementId) {}

    private final ChildRecords children;
    private final Interventions interventions;
    private final CourtOrders orders;

    RestorativeJusticeReparation(ChildRecords children, Interventions interventions, CourtOrders orders) {
        this.children = children;
        this.interventions = interventions;
        this.orders = orders;
    }

    /** The child's orders' contracts and requirements that reparation counts against, then "none". */
    List<Against> options(UUID childId) {
        List<Against> options = new ArrayList<>();
        for (Intervention i : interventions.ofChild(children.accessible(childId))) {
            if (i.type() == InterventionType.REFERRAL_ORDER) {
                CourtOrder order = orders.get(i.id());
                if (order.contract() != null) {
                    options.add(new Against(
                            "contract:" + i.id(),
                            "Referral order contract: " + order.contract().reparation(),
                            i.id(),
                            null));
                }
            } else if (i.type() == InterventionType.YOUTH_REHABILITATION_ORDER) {
                for (Requirement r : orders.get(i.id()).requirements()) {
                    if (r.type() == RequirementType.UNPAID_WORK || r.type() == RequirementType.ACTIVITY) {
                        options.add(new Against(
                                "requirement:" + i.id() + ":" + r.id(),
                                "Youth rehabilitation order: " + r.type().label() + " requirement"
                                        + (r.quantity().isBlank() ? "" : ", " + r.quantity()),
                                i.id(),
                                r.id()));
                    }
                }
            }
        }
        options.add(new Against(NONE, "No order: out of court, or outside any order", null, null));
        return options;
    }

    /** The hours against the chosen option, which must be one of the child's. */
    RestorativeJustice.Reparation hours(UUID childId, String against, Integer planned, Integer done) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        Against chosen = against == null
                ? null
                : options(childId).stream()
                        .filter(o -> o.value().equals(against))
                        .findFirst()
                        .orElse(null);
        if (chosen == null) {
            problems.put("against", "Select the order's contract or requirement the hours count against, or none");
        }
        if (planned == null) {
            problems.put("hoursPlanned", "Enter the hours of reparation planned");
        }
        if (done == null) {
            problems.put("hoursDone", "Enter the hours of reparation done so far (0 if none)");
        }
        InvalidRequestException.refuseIf(problems);
        return new RestorativeJustice.Reparation(chosen.interventionId(), chosen.requirementId(), planned, done);
    }
}
