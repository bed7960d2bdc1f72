package org.desist.outofcourt.web;

import static org.desist.outofcourt.web.PageAnswers.date;
import static org.desist.outofcourt.web.PageAnswers.fteText;
import static org.desist.outofcourt.web.PageAnswers.reject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.outofcourt.FirstTimeEntrant;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.outofcourt.Outcome;
import org.desist.outofcourt.Referral;
import org.desist.outofcourt.Referral.Attendee;
import org.desist.platform.web.Dates;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.Agency;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A referral's joint decision-making panel: who attended, the recommendation, the decision and its rationale. */
@Controller
class PanelPage {

    private final OutOfCourtDisposals disposals;
    private final ChildRecords children;
    private final Dates dates;

    PanelPage(OutOfCourtDisposals disposals, ChildRecords children, Dates dates) {
        this.disposals = disposals;
        this.children = children;
        this.dates = dates;
    }

    @GetMapping("/out-of-court/{id}/panel")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String panelForm(@PathVariable UUID id, Model model) {
        Referral referral = disposals.get(id);
        if (referral.panel() != null || referral.withdrawn()) {
            return "redirect:/out-of-court/" + id;
        }
        PanelForm form = new PanelForm();
        form.setVersion(referral.version());
        return panelPage(referral, form, null, model);
    }

    @PostMapping("/out-of-court/{id}/panel")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String panel(@PathVariable UUID id, @ModelAttribute("form") PanelForm form, BindingResult binding, Model model) {
        LocalDate panelDate = date(form.getPanelDate(), "panelDate", "the date of the panel", true, binding);
        LocalDate conditionsEndOn =
                date(form.getConditionsEndOn(), "conditionsEndOn", "the date the conditions end", false, binding);
        LocalDate policeToldOn =
                date(form.getPoliceToldOn(), "policeToldOn", "the date the police were told", false, binding);
        List<Attendee> attendees = new ArrayList<>();
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < form.getAttendees().size(); i++) {
            AttendeeForm row = form.getAttendees().get(i);
            if (!row.isBlank()) {
                rows.put("attendees[" + attendees.size() + "]", "attendees[" + i + "]");
                attendees.add(new Attendee(row.getName(), Option.chosen(Agency.class, row.getAgency())));
            }
        }
        var decision = new OutOfCourtDisposals.NewPanelDecision(
                panelDate,
                attendees,
                Option.chosen(Outcome.class, form.getRecommendation()),
                Option.chosen(Outcome.class, form.getDecision()),
                form.getRationale(),
                form.getConditions(),
                conditionsEndOn,
                policeToldOn);
        if (binding.hasErrors()) {
            // Every problem at once, not only the dates'.
            reject(disposals.checkPanelDecision(id, decision), form, binding, rows);
        }
        return FormSubmission.submit(
                () -> {
                    disposals.recordPanelDecision(id, form.getVersion(), decision);
                    return "redirect:/out-of-court/" + id + "?decided";
                },
                e -> reject(e.errors(), form, binding, rows),
                binding,
                model,
                form::setVersion,
                () -> panelPage(disposals.get(id), form, binding, model));
    }

    private String panelPage(Referral referral, PanelForm form, BindingResult binding, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("child", children.heading(referral.childId()));
        model.addAttribute("form", form);
        model.addAttribute("eligibility", disposals.eligibility(referral));
        model.addAttribute("schemeName", disposals.communityResolutionName());
        FirstTimeEntrant fte = disposals.firstTimeEntrant(referral);
        model.addAttribute("fte", fteText(fte, dates));
        List<String> effects = new ArrayList<>();
        Outcome chosen = Option.chosen(Outcome.class, form.getDecision());
        for (Outcome outcome : chosen == null ? List.of(Outcome.values()) : List.of(chosen)) {
            fte.effectOf(outcome, disposals.name(outcome)).ifPresent(effects::add);
            if (fte.entered()) {
                break;
            }
        }
        model.addAttribute("fteEffects", effects);
        model.addAttribute("outcomes", Option.of(Outcome.class, disposals::name));
        model.addAttribute("agencies", Option.of(Agency.class, Agency::label));
        FormErrors.show(binding, PanelForm.fieldOrder(), PanelForm.DATE_FIELDS, model);
        return "outofcourt/panel-form";
    }
}
