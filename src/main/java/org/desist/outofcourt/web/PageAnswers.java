package org.desist.outofcourt.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.outofcourt.FirstTimeEntrant;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.Dates;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** What the out-of-court pages share: reading a typed date or id, and placing the module's problems on the form. */
final class PageAnswers {

    private PageAnswers() {}

    /** The date typed, or null with its problem recorded against the field. */
    static LocalDate date(DateParts parts, String field, String what, boolean required, BindingResult binding) {
        if (parts.isBlank() && !required) {
            return null;
        }
        Optional<String> problem = parts.problem(what);
        if (problem.isPresent()) {
            binding.rejectValue(field, "invalid", problem.get());
            return null;
        }
        return parts.toDate().orElseThrow();
    }

    /** The service's problems against the form's fields (renamed where the form names them differently). */
    static void reject(Map<String, String> problems, Object form, BindingResult binding, Map<String, String> renamed) {
        BeanWrapperImpl bean = new BeanWrapperImpl(form);
        problems.forEach((field, message) -> {
            String target = field;
            for (var e : renamed.entrySet()) {
                if (target.equals(e.getKey()) || target.startsWith(e.getKey() + ".")) {
                    target = e.getValue() + target.substring(e.getKey().length());
                    break;
                }
            }
            if (bean.isReadableProperty(target) && binding.getFieldErrorCount(target) == 0) {
                binding.rejectValue(target, "invalid", message);
            } else if (!bean.isReadableProperty(target)) {
                binding.reject("invalid", message);
            }
        });
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String fteText(FirstTimeEntrant fte, Dates dates) {
        return fte.entered()
                ? "First-time entrant since " + dates.date(fte.since()) + " ("
                        + fte.by().label().toLowerCase() + ")"
                : "Not a first-time entrant: no caution or conviction recorded";
    }
}
