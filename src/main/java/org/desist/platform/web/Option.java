package org.desist.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** A choice in a select or radios: the submitted value and what the user reads. */
public record Option(String value, String label) {

    /** The constant a form submitted, or null when nothing (or something unknown) was chosen. */
    public static <E extends Enum<E>> E chosen(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> List<Option> of(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.name(), label.apply(e)))
                .toList();
    }
}
