package org.desist.order.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.order.BreachDecidedBy;
import org.desist.order.BreachOutcome;
import org.desist.order.BreachedWhat;
import org.desist.order.CourtOrder;
import org.desist.order.CourtOrders;
import org.desist.order.OrderBreaches;
import org.desist.platform.web.Dates;
import org.desist.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The question page for a breach of an order and what was decided (a resentence names the new order). */
@Controller
class BreachPages {

    private final CourtOrders orders;
    private final OrderBreaches breaches;
    private final Interventions interventions;
    private final ChildRecords children;
    private final Dates dates;
    private final OrderForms forms;

    BreachPages(
            CourtOrders orders,
            OrderBreaches breaches,
            Interventions interventions,
            ChildRecords children,
            Dates dates,
            OrderForms forms) {
        this.orders = orders;
        this.breaches = breaches;
        this.interventions = interventions;
        this.children = children;
        this.dates = dates;
        this.forms = forms;
    }

    @GetMapping("/orders/{id}/breaches/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newBreach(@PathVariable UUID id, Model model) {
        CourtOrder order = orders.get(id);
        BreachForm form = new BreachForm();
        form.setVersion(order.version());
        return breachPage(order, form, null, model);
    }

    @PostMapping("/orders/{id}/breaches")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordBreach(
            @PathVariable UUID id, @ModelAttribute("form") BreachForm form, BindingResult binding, Model model) {
        CourtOrder order = orders.get(id);
        LocalDate on = OrderForms.date(form.getBreachedOn(), "breachedOn", "the date of the breach", true, binding);
        return forms.submit(
                order,
                "breach",
                () -> breaches.record(
                        id,
                        form.getVersion(),
                        new OrderBreaches.NewBreach(
                                on,
                                Option.chosen(BreachedWhat.class, form.getBreachedWhat()),
                                OrderForms.uuid(form.getRequirementId()),
                                form.getDetails(),
                                Option.chosen(BreachDecidedBy.class, form.getDecidedBy()),
                                Option.chosen(BreachOutcome.class, form.getOutcome()),
                                OrderForms.uuid(form.getNewInterventionId()))),
                BreachForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> breachPage(order, form, binding, model));
    }

    private String breachPage(CourtOrder order, BreachForm form, BindingResult binding, Model model) {
        List<BreachedWhat> what = new ArrayList<>(Arrays.asList(BreachedWhat.values()));
        if (order.sentence().type() != InterventionType.REFERRAL_ORDER) {
            what.remove(BreachedWhat.CONTRACT);
        }
        if (order.requirements().isEmpty()) {
            what.remove(BreachedWhat.REQUIREMENT);
        }
        model.addAttribute(
                "what", what.stream().map(w -> new Option(w.name(), w.label())).toList());
        model.addAttribute(
                "requirementOptions",
                order.requirements().stream()
                        .map(r ->
                                new Option(r.id().toString(), r.type().label() + " from " + dates.date(r.startDate())))
                        .toList());
        model.addAttribute("decidedBy", Option.of(BreachDecidedBy.class, BreachDecidedBy::label));
        model.addAttribute("outcomes", Option.of(BreachOutcome.class, BreachOutcome::label));
        model.addAttribute(
                "newOrders",
                interventions.ofChild(children.accessible(order.sentence().childId())).stream()
                        .filter(i -> i.type().kind() == InterventionType.Kind.COURT_ORDER)
                        .filter(i -> !i.id().equals(order.interventionId()))
                        .filter(i -> i.status() != Intervention.Status.CLOSED)
                        .map(i ->
                                new Option(i.id().toString(), i.type().label() + " from " + dates.date(i.startDate())))
                        .toList());
        return forms.page(
                order, form, binding, BreachForm.FIELD_ORDER, BreachForm.DATE_FIELDS, "order/breach-form", model);
    }
}
