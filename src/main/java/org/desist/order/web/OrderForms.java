package org.desist.order.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.desist.child.ChildRecords;
import org.desist.order.CourtOrder;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the order's question pages share: the page with the order and the child, a save through
 * {@link FormSubmission} back to the order page, and reading typed dates, numbers and times onto the binding.
 */
@Component
class OrderForms {

    private final ChildRecords children;

    OrderForms(ChildRecords children) {
        this.children = children;
    }

    /** A save that does not return where to go next. */
    @FunctionalInterface
    interface Save {
        void run();
    }

    /**
     * Saves when the form reads, then back to the order page ({@code ?saved} for its banner); otherwise the form
     * again with its errors. A stale save keeps the answers and says who changed the order (the stale panel), so the
     * user can save again deliberately.
     */
    String submit(
            CourtOrder order,
            String saved,
            Save save,
            List<String> fields,
            BindingResult binding,
            Model model,
            LongConsumer seenVersion,
            java.util.function.Supplier<String> formAgain) {
        return FormSubmission.submit(
                () -> {
                    save.run();
                    return "redirect:/orders/" + order.interventionId() + "?" + saved;
                },
                fields,
                binding,
                model,
                seenVersion,
                formAgain);
    }

    /** A question page of the order: the order, its child and the form (with its errors when it was submitted). */
    String page(
            CourtOrder order,
            Object form,
            BindingResult binding,
            List<String> fields,
            Set<String> dateFields,
            String template,
            Model model) {
        model.addAttribute("order", order);
        model.addAttribute("child", children.visible(order.sentence().childId()));
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dateFields, model);
        return template;
    }

    static LocalDate date(DateParts parts, String field, String what, boolean required, BindingResult binding) {
        if (parts == null || (!required && parts.isBlank())) {
            return null;
        }
        Optional<String> problem = parts.problem(what);
        if (problem.isPresent()) {
            binding.rejectValue(field, "invalid", problem.get());
            return null;
        }
        return parts.toDate().orElseThrow();
    }

    static Integer number(String value, String field, BindingResult binding) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            binding.rejectValue(field, "invalid", "The number of " + field + " must be a whole number, like 12");
            return null;
        }
    }

    static LocalTime time(String value, String field, BindingResult binding) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.trim().replace('.', ':');
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            binding.rejectValue(
                    field, "invalid", "Enter the time as hours and minutes on the 24-hour clock, like 19:00");
            return null;
        }
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
