package org.desist.outofcourt.web;

import static org.desist.outofcourt.web.PageAnswers.date;
import static org.desist.outofcourt.web.PageAnswers.reject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.outofcourt.Referral;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A referral's one-question steps ({@link Step}): the bail date, withdrawal, telling the police, and how the disposal
 * ended.
 */
@Controller
class StepPages {

    private static final String STEPS = "{step:bail-date|withdraw|police-told|completion|non-compliance}";

    /** The module's fields, as this page's form names them. */
    private static final Map<String, String> RENAMED = Map.of(
            "bailDate", "date",
            "withdrawnOn", "date",
            "policeToldOn", "date",
            "endedOn", "date",
            "reason", "text",
            "nonCompliance", "text");

    private final OutOfCourtDisposals disposals;
    private final ChildRecords children;

    StepPages(OutOfCourtDisposals disposals, ChildRecords children) {
        this.disposals = disposals;
        this.children = children;
    }

    @GetMapping("/out-of-court/{id}/" + STEPS)
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String stepForm(@PathVariable UUID id, @PathVariable String step, Model model) {
        Referral referral = disposals.get(id);
        if (!Step.of(step).applies(referral)) {
            return "redirect:/out-of-court/" + id;
        }
        StepForm form = new StepForm();
        form.setVersion(referral.version());
        if (Step.of(step) == Step.BAIL_DATE) {
            form.setDate(DateParts.of(referral.bailDate()));
        }
        return stepPage(referral, Step.of(step), form, null, model);
    }

    @PostMapping("/out-of-court/{id}/" + STEPS)
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String step(
            @PathVariable UUID id,
            @PathVariable String step,
            @ModelAttribute("form") StepForm form,
            BindingResult binding,
            Model model) {
        Step which = Step.of(step);
        LocalDate date = date(form.getDate(), "date", which.dateLegend.toLowerCase(), true, binding);
        Boolean referredBack = form.getReferredBackToPolice() == null
                ? null
                : Boolean.valueOf("yes".equals(form.getReferredBackToPolice()));
        // Every step needs its date, so with a date that cannot be read (null) the module is still asked: it refuses
        // the step and reports the other answers' problems, and the page shows them all at once. So the submission
        // is gated on the module's answer alone (a binding of its own), and its problems join the form's.
        return FormSubmission.submit(
                () -> {
                    long version = form.getVersion();
                    switch (which) {
                        case BAIL_DATE -> disposals.correctBailDate(id, version, date);
                        case WITHDRAW -> disposals.withdraw(id, version, date, form.getText());
                        case POLICE_TOLD -> disposals.policeTold(id, version, date);
                        case COMPLETION -> disposals.complete(id, version, date, form.getExitStrategy());
                        case NON_COMPLIANCE -> disposals.notComplied(id, version, date, form.getText(), referredBack);
                    }
                    return "redirect:/out-of-court/" + id + "?" + which.banner;
                },
                e -> reject(e.errors(), form, binding, RENAMED),
                new BeanPropertyBindingResult(form, "form"),
                model,
                form::setVersion,
                () -> stepPage(disposals.get(id), which, form, binding, model));
    }

    private String stepPage(Referral referral, Step step, StepForm form, BindingResult binding, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("child", children.heading(referral.childId()));
        model.addAttribute("form", form);
        model.addAttribute("step", step);
        if (referral.panel() != null) {
            model.addAttribute("decisionName", disposals.name(referral.panel().decision()));
        }
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        FormErrors.show(binding, StepForm.FIELD_ORDER, StepForm.DATE_FIELDS, model);
        return "outofcourt/step-form";
    }
}
