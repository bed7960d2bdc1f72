package org.desist.order.web;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.order.CourtOrder;
import org.desist.order.CourtOrders;
import org.desist.platform.web.DateParts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The question page for a grave crime sentence's release and licence (recorded, or corrected). */
@Controller
class LicencePages {

    private final CourtOrders orders;
    private final OrderForms forms;

    LicencePages(CourtOrders orders, OrderForms forms) {
        this.orders = orders;
        this.forms = forms;
    }

    @GetMapping("/orders/{id}/licence/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newLicence(@PathVariable UUID id, Model model) {
        CourtOrder order = orders.get(id);
        LicenceForm form = new LicenceForm();
        form.setVersion(order.version());
        if (order.licence() != null) {
            form.setReleaseDate(DateParts.of(order.licence().releaseDate()));
            form.setLicenceEndDate(DateParts.of(order.licence().licenceEndDate()));
        }
        return licencePage(order, form, null, model);
    }

    @PostMapping("/orders/{id}/licence")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordLicence(
            @PathVariable UUID id, @ModelAttribute("form") LicenceForm form, BindingResult binding, Model model) {
        CourtOrder order = orders.get(id);
        LocalDate release = OrderForms.date(form.getReleaseDate(), "releaseDate", "the release date", true, binding);
        LocalDate end =
                OrderForms.date(form.getLicenceEndDate(), "licenceEndDate", "the date the licence ends", true, binding);
        return forms.submit(
                order,
                "licence",
                () -> orders.recordLicence(id, form.getVersion(), release, end),
                LicenceForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> licencePage(order, form, binding, model));
    }

    private String licencePage(CourtOrder order, LicenceForm form, BindingResult binding, Model model) {
        return forms.page(
                order, form, binding, LicenceForm.FIELD_ORDER, LicenceForm.DATE_FIELDS, "order/licence-form", model);
    }
}
