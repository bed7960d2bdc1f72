package org.desist.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;

/** The GOV.UK error summary: one link per field in error, to that field, in the form's order. */
public final class ErrorSummary {

    public record Item(String href, String message) {}

    private ErrorSummary() {}

    /**
     * Builds the summary from a binding result. {@code fieldOrder} lists the form's fields top to bottom;
     * {@code dateFields} are GOV.UK date inputs, whose link goes to their day box.
     */
    public static List<Item> from(BindingResult result, List<String> fieldOrder, Set<String> dateFields) {
        List<Item> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> order = new ArrayList<>(fieldOrder);
        result.getFieldErrors().stream()
                .map(org.springframework.validation.FieldError::getField)
                .filter(f -> !order.contains(f))
                .forEach(order::add);
        for (String field : order) {
            var error = result.getFieldError(field);
            if (error != null && seen.add(field)) {
                String id = field.replace('.', '-');
                String anchor = dateFields.contains(field) ? id + "-day" : id;
                items.add(new Item("#" + anchor, error.getDefaultMessage()));
            }
        }
        result.getGlobalErrors().forEach(e -> items.add(new Item("#main-content", e.getDefaultMessage())));
        return items;
    }
}
