package org.desist.order.web;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.order.CourtOrder;
import org.desist.order.CourtOrders;
import org.desist.order.Panel;
import org.desist.order.PanelCompanion;
import org.desist.order.PanelTime;
import org.desist.order.SocialCareAtPanel;
import org.desist.order.SocialCareAtPanels;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The question page for social care at a looked-after child's youth offender panel (the joint protocol between children's social care and the YOS). */
@Controller
class PanelSocialCarePages {

    private final CourtOrders orders;
    private final SocialCareAtPanels socialCare;
    private final ChildRecords children;
    private final VictimWishesAtThePanel victims;

    PanelSocialCarePages(
            CourtOrders orders, SocialCareAtPanels socialCare, ChildRecords children, VictimWishesAtThePanel victims) {
        this.orders = orders;
        this.socialCare = socialCare;
        this.children = children;
        this.victims = victims;
    }

    @GetMapping("/orders/{id}/panels/{panelId}/social-care")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String form(@PathVariable UUID id, @PathVariable UUID panelId, Model model) {
        CourtOrder order = orders.get(id);
        PanelSocialCareForm form = new PanelSocialCareForm();
        form.setVersion(order.version());
        return page(order, panel(order, panelId), form, null, model);
    }

    @PostMapping("/orders/{id}/panels/{panelId}/social-care")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String record(
            @PathVariable UUID id,
            @PathVariable UUID panelId,
            @ModelAttribute("form") PanelSocialCareForm form,
            BindingResult binding,
            Model model) {
        CourtOrder order = orders.get(id);
        Panel panel = panel(order, panelId);
        LocalDate invitedOn =
                FormErrors.date(form.getInvitedOn(), "invitedOn", "the date social care was invited", binding);
        PanelTime time = Option.chosen(PanelTime.class, form.getTime());
        PanelCompanion attended = Option.chosen(PanelCompanion.class, form.getAttended());
        if (binding.hasErrors()) {
            // The date could not be read: the rules' other answers show with it, so every problem shows at once.
            FormErrors.reject(
                    new InvalidRequestException(SocialCareAtPanel.problems(
                            panel.heldOn(),
                            null,
                            form.getInvitedWho(),
                            time,
                            form.getTimeNote(),
                            attended,
                            form.getAttendedName())),
                    PanelSocialCareForm.FIELD_ORDER,
                    binding);
        }
        return FormSubmission.submit(
                () -> {
                    socialCare.record(
                            id,
                            panelId,
                            form.getVersion(),
                            new SocialCareAtPanels.NewSocialCare(
                                    invitedOn,
                                    form.getInvitedWho(),
                                    time,
                                    form.getTimeNote(),
                                    attended,
                                    form.getAttendedName()));
                    return "redirect:/orders/" + id + "?socialCare";
                },
                PanelSocialCareForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> page(order, panel, form, binding, model));
    }

    private static Panel panel(CourtOrder order, UUID panelId) {
        return order.panels().stream()
                .filter(p -> p.id().equals(panelId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Youth offender panel"));
    }

    private String page(CourtOrder order, Panel panel, PanelSocialCareForm form, BindingResult binding, Model model) {
        model.addAttribute("order", order);
        model.addAttribute("panel", panel);
        model.addAttribute("child", children.visible(order.sentence().childId()));
        model.addAttribute("form", form);
        model.addAttribute("times", Option.of(PanelTime.class, PanelTime::label));
        model.addAttribute("companions", Option.of(PanelCompanion.class, PanelCompanion::label));
        // The panel's time takes the victim's availability first: when it is recorded, that is the natural answer.
        if (victims.addTo(order, model) && binding == null && form.getTime() == null) {
            form.setTime(PanelTime.VICTIM_WISHES_FIRST.name());
        }
        FormErrors.show(binding, PanelSocialCareForm.FIELD_ORDER, PanelSocialCareForm.DATE_FIELDS, model);
        return "order/panel-social-care-form";
    }
}
