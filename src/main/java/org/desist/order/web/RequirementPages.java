package org.desist.order.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.order.CourtOrder;
import org.desist.order.CourtOrders;
import org.desist.order.OrderRequirements;
import org.desist.order.RequirementRules;
import org.desist.order.RequirementType;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A youth rehabilitation order's question pages: the type of requirement, then that requirement's questions. */
@Controller
class RequirementPages {

    private final CourtOrders orders;
    private final OrderRequirements requirements;
    private final ChildRecords children;
    private final OrderForms forms;

    RequirementPages(CourtOrders orders, OrderRequirements requirements, ChildRecords children, OrderForms forms) {
        this.orders = orders;
        this.requirements = requirements;
        this.children = children;
        this.forms = forms;
    }

    @GetMapping("/orders/{id}/requirements/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newRequirement(
            @PathVariable UUID id,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String step,
            Model model) {
        CourtOrder order = orders.get(id);
        RequirementType chosen = Option.chosen(RequirementType.class, type);
        RequirementForm form = new RequirementForm();
        form.setVersion(order.version());
        if (chosen == null) {
            model.addAttribute("order", order);
            model.addAttribute("child", children.visible(order.sentence().childId()));
            model.addAttribute(
                    "types", Option.of(RequirementType.class, t -> t.label() + " (" + t.statutoryReference() + ")"));
            boolean answered = type != null || step != null;
            model.addAttribute("problem", answered ? "Select the type of requirement" : null);
            model.addAttribute(
                    "errorSummary",
                    answered ? List.of(new ErrorSummary.Item("#type", "Select the type of requirement")) : List.of());
            return "order/requirement-type";
        }
        form.setType(chosen.name());
        form.setStartDate(DateParts.of(order.sentence().startDate()));
        form.setEndDate(DateParts.of(order.sentence().endDate()));
        return requirementPage(order, form, null, model);
    }

    @PostMapping("/orders/{id}/requirements")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addRequirement(
            @PathVariable UUID id, @ModelAttribute("form") RequirementForm form, BindingResult binding, Model model) {
        CourtOrder order = orders.get(id);
        RequirementType type = Option.chosen(RequirementType.class, form.getType());
        if (type == null) {
            return "redirect:/orders/" + id + "/requirements/new";
        }
        LocalDate start =
                OrderForms.date(form.getStartDate(), "startDate", "the date the requirement starts", true, binding);
        LocalDate end = OrderForms.date(form.getEndDate(), "endDate", "the date the requirement ends", true, binding);
        Integer hours = type.records(RequirementType.Quantity.HOURS)
                ? OrderForms.number(form.getHours(), "hours", binding)
                : null;
        Integer days =
                type.records(RequirementType.Quantity.DAYS) ? OrderForms.number(form.getDays(), "days", binding) : null;
        boolean curfew = type.records(RequirementType.Quantity.CURFEW);
        LocalTime from = curfew ? OrderForms.time(form.getCurfewFrom(), "curfewFrom", binding) : null;
        LocalTime until = curfew ? OrderForms.time(form.getCurfewUntil(), "curfewUntil", binding) : null;
        return forms.submit(
                order,
                "requirement",
                () -> requirements.add(
                        id,
                        form.getVersion(),
                        new RequirementRules.Proposed(
                                type,
                                start,
                                end,
                                hours,
                                days,
                                form.isExtended(),
                                from,
                                until,
                                form.getDetails(),
                                form.isConditionsConfirmed())),
                RequirementForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> requirementPage(order, form, binding, model));
    }

    private String requirementPage(CourtOrder order, RequirementForm form, BindingResult binding, Model model) {
        model.addAttribute("type", RequirementType.valueOf(form.getType()));
        return forms.page(
                order,
                form,
                binding,
                RequirementForm.FIELD_ORDER,
                RequirementForm.DATE_FIELDS,
                "order/requirement-form",
                model);
    }
}
