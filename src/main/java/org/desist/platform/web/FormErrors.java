package org.desist.platform.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.desist.platform.InvalidRequestException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts what was wrong with a submitted form on its binding, for the page's error summary and fields. */
public final class FormErrors {

    private FormErrors() {}

    /**
     * The date typed into a GOV.UK date input, or null with the problem on {@code field} ("Enter the date of
     * the contact", "… must be a real date").
     */
    public static LocalDate date(DateParts parts, String field, String what, BindingResult binding) {
        Optional<String> problem = parts == null ? Optional.of("Enter " + what) : parts.problem(what);
        if (problem.isPresent()) {
            binding.rejectValue(field, "invalid", problem.get());
            return null;
        }
        return parts.toDate().orElseThrow();
    }

    /**
     * The service's problems, each on its field when the form has it (unless the field already has one, e.g. a
     * date that could not be read), otherwise for the page as a whole.
     */
    public static void reject(InvalidRequestException e, List<String> fields, BindingResult binding) {
        e.errors().forEach((field, message) -> {
            if (fields.contains(field) && !binding.hasFieldErrors(field)) {
                binding.rejectValue(field, "invalid", message);
            } else if (!fields.contains(field)) {
                binding.reject("invalid", message);
            }
        });
    }

    /**
     * Shows a submitted form's errors on the page: the binding (for the fields' messages and values) and the
     * error summary, in the form's order ({@code dateFields} link to their day box). Nothing for a form shown
     * fresh ({@code binding} null).
     */
    public static void show(BindingResult binding, List<String> fieldOrder, Set<String> dateFields, Model model) {
        if (binding != null) {
            model.addAttribute("org.springframework.validation.BindingResult.form", binding);
            model.addAttribute("errorSummary", ErrorSummary.from(binding, fieldOrder, dateFields));
        }
    }
}
