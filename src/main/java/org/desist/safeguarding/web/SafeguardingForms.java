package org.desist.safeguarding.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.desist.child.ChildRecords;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the safeguarding question pages share: saving through {@link FormSubmission} and showing a form. */
@Component
class SafeguardingForms {

    private final ChildRecords children;

    SafeguardingForms(ChildRecords children) {
        this.children = children;
    }

    /**
     * Saves and goes back to the child's tab with {@code saved} in the query, or shows the form again with the
     * module's field errors or the stale-record panel.
     *
     * @param seenVersion receives the current version after a stale save; null for a record without one
     */
    String save(
            UUID childId,
            BindingResult binding,
            Model model,
            List<String> fields,
            LongConsumer seenVersion,
            String saved,
            Runnable change,
            Supplier<String> formAgain) {
        return FormSubmission.submit(
                () -> {
                    change.run();
                    return "redirect:/children/" + childId + "/safeguarding?" + saved;
                },
                fields,
                binding,
                model,
                seenVersion,
                formAgain);
    }

    String page(
            UUID childId,
            Object form,
            BindingResult binding,
            List<String> fields,
            Set<String> dateFields,
            String template,
            Model model) {
        model.addAttribute("child", children.visible(childId));
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dateFields, model);
        return "safeguarding/" + template;
    }

    static LocalDate optionalDate(DateParts parts, String field, String what, BindingResult binding) {
        return parts == null || parts.isBlank() ? null : FormErrors.date(parts, field, what, binding);
    }
}
