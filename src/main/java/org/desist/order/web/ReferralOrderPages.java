package org.desist.order.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.order.CourtOrder;
import org.desist.order.CourtOrders;
import org.desist.order.PanelKind;
import org.desist.order.PanelOutcome;
import org.desist.order.ReferralOrders;
import org.desist.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A referral order's question pages: a youth offender panel that sat, and the contract signed at it. */
@Controller
class ReferralOrderPages {

    private final CourtOrders orders;
    private final ReferralOrders referralOrders;
    private final OrderForms forms;
    private final VictimWishesAtThePanel victims;

    ReferralOrderPages(
            CourtOrders orders, ReferralOrders referralOrders, OrderForms forms, VictimWishesAtThePanel victims) {
        this.orders = orders;
        this.referralOrders = referralOrders;
        this.forms = forms;
        this.victims = victims;
    }

    @GetMapping("/orders/{id}/panels/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newPanel(@PathVariable UUID id, Model model) {
        CourtOrder order = orders.get(id);
        PanelForm form = new PanelForm();
        form.setVersion(order.version());
        form.setKind(order.panels().isEmpty() ? PanelKind.INITIAL.name() : PanelKind.PROGRESS.name());
        return panelPage(order, form, null, model);
    }

    @PostMapping("/orders/{id}/panels")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordPanel(
            @PathVariable UUID id, @ModelAttribute("form") PanelForm form, BindingResult binding, Model model) {
        CourtOrder order = orders.get(id);
        LocalDate heldOn = OrderForms.date(form.getHeldOn(), "heldOn", "the date of the panel", true, binding);
        LocalDate shared = OrderForms.date(
                form.getReportSharedOn(), "reportSharedOn", "the date the report was shared", false, binding);
        return forms.submit(
                order,
                "panel",
                () -> referralOrders.recordPanel(
                        id,
                        form.getVersion(),
                        new ReferralOrders.NewPanel(
                                Option.chosen(PanelKind.class, form.getKind()),
                                heldOn,
                                OrderForms.lines(form.getCommunityMembers()),
                                form.getYosMember(),
                                form.getParentAttended() == null
                                                || form.getParentAttended().isBlank()
                                        ? null
                                        : Boolean.valueOf(form.getParentAttended()),
                                form.getParentAbsenceReason(),
                                shared,
                                Option.chosen(PanelOutcome.class, form.getOutcome()),
                                form.getNotes())),
                PanelForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> panelPage(order, form, binding, model));
    }

    private String panelPage(CourtOrder order, PanelForm form, BindingResult binding, Model model) {
        model.addAttribute("kinds", Option.of(PanelKind.class, PanelKind::label));
        model.addAttribute("outcomes", Option.of(PanelOutcome.class, PanelOutcome::label));
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        victims.addTo(order, model);
        return forms.page(
                order, form, binding, PanelForm.FIELD_ORDER, PanelForm.DATE_FIELDS, "order/panel-form", model);
    }

    @GetMapping("/orders/{id}/contract/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newContract(@PathVariable UUID id, Model model) {
        CourtOrder order = orders.get(id);
        ContractForm form = new ContractForm();
        form.setVersion(order.version());
        return contractPage(order, form, null, model);
    }

    @PostMapping("/orders/{id}/contract")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String signContract(
            @PathVariable UUID id, @ModelAttribute("form") ContractForm form, BindingResult binding, Model model) {
        CourtOrder order = orders.get(id);
        LocalDate signedOn =
                OrderForms.date(form.getSignedOn(), "signedOn", "the date the contract was signed", true, binding);
        return forms.submit(
                order,
                "contract",
                () -> referralOrders.signContract(
                        id,
                        form.getVersion(),
                        new ReferralOrders.NewContract(
                                signedOn, form.getReparation(), OrderForms.lines(form.getActivities()))),
                ContractForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> contractPage(order, form, binding, model));
    }

    private String contractPage(CourtOrder order, ContractForm form, BindingResult binding, Model model) {
        victims.addTo(order, model);
        return forms.page(
                order, form, binding, ContractForm.FIELD_ORDER, ContractForm.DATE_FIELDS, "order/contract-form", model);
    }
}
