package org.desist.order.web;

import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.order.CourtOrder;
import org.desist.order.CourtOrders;
import org.desist.order.SocialCareAtPanels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The order page: what a court order involves, with links to the question pages that add to it (panels and contract,
 * requirements, breaches, licence). Every page works without JavaScript (POST-redirect-GET).
 */
@Controller
class OrderPage {

    private final CourtOrders orders;
    private final SocialCareAtPanels socialCare;
    private final ChildRecords children;
    private final VictimWishesAtThePanel victims;

    OrderPage(
            CourtOrders orders, SocialCareAtPanels socialCare, ChildRecords children, VictimWishesAtThePanel victims) {
        this.orders = orders;
        this.socialCare = socialCare;
        this.children = children;
        this.victims = victims;
    }

    @GetMapping("/orders/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String order(@PathVariable UUID id, Model model) {
        CourtOrder order = orders.get(id);
        orders.viewed(order);
        model.addAttribute("order", order);
        model.addAttribute("child", children.visible(order.sentence().childId()));
        model.addAttribute("referralOrder", order.sentence().type() == InterventionType.REFERRAL_ORDER);
        if (order.sentence().type() == InterventionType.REFERRAL_ORDER) {
            victims.addTo(order, model);
        }
        model.addAttribute("socialCare", socialCare.of(order));
        model.addAttribute("yro", order.sentence().type() == InterventionType.YOUTH_REHABILITATION_ORDER);
        model.addAttribute("dto", order.sentence().type() == InterventionType.DETENTION_AND_TRAINING_ORDER);
        model.addAttribute("graveCrime", order.sentence().type() == InterventionType.LONGER_DETENTION);
        model.addAttribute("open", order.sentence().status() != Intervention.Status.CLOSED);
        model.addAttribute(
                "requirementNames",
                order.requirements().stream()
                        .collect(Collectors.toMap(r -> r.id(), r -> r.type().label(), (a, b) -> a)));
        return "order/order";
    }
}
