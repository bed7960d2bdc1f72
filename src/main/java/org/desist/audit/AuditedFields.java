package org.desist.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of an aggregate that its audit diff shows, declared once beside the aggregate: each with the label a
 * person reads in the trail and how its value is shown. {@link #changes} compares two states of the aggregate —
 * before and after a change — so no method builds its diff by hand (ADR 13).
 *
 * <pre>{@code
 * static final AuditedFields<CourtAppearance> AUDITED = AuditedFields.<CourtAppearance>of()
 *         .field("Date", CourtAppearance::appearanceDate)
 *         .field("Court", CourtAppearance::courtName);
 * audit.changed(..., AUDITED.changes(before, after));
 * }</pre>
 */
public final class AuditedFields<T> {

    private record Field<T>(String label, Function<? super T, ?> value, Function<Object, String> display) {}

    private final List<Field<T>> fields;

    private AuditedFields(List<Field<T>> fields) {
        this.fields = List.copyOf(fields);
    }

    public static <T> AuditedFields<T> of() {
        return new AuditedFields<>(List.of());
    }

    /** A field shown as its value's text ({@code toString()}; labelled enums by their label). */
    public AuditedFields<T> field(String label, Function<? super T, ?> value) {
        return field(label, value, AuditedFields::text);
    }

    /** A field shown by the given display function (e.g. a date in GOV.UK style, a person by name). */
    public <V> AuditedFields<T> field(String label, Function<? super T, V> value, Function<? super V, String> display) {
        List<Field<T>> more = new ArrayList<>(fields);
        @SuppressWarnings("unchecked")
        Function<Object, String> shown = v -> display.apply((V) v);
        more.add(new Field<>(label, value, shown));
        return new AuditedFields<>(more);
    }

    /**
     * Each declared field whose shown value differs between the two states, in declaration order. A null
     * {@code before} is a creation: every field with a value is listed with no old value.
     */
    public List<FieldChange> changes(T before, T after) {
        Objects.requireNonNull(after, "after");
        List<FieldChange> changes = new ArrayList<>();
        for (Field<T> field : fields) {
            String old = before == null ? null : shown(field, before);
            String now = shown(field, after);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field.label(), old, now));
            }
        }
        return changes;
    }

    /** The labels, in order (e.g. to document what the trail shows of this aggregate). */
    public List<String> labels() {
        return fields.stream().map(Field::label).toList();
    }

    private static <T> String shown(Field<T> field, T state) {
        Object value = field.value().apply(state);
        if (value == null) {
            return null;
        }
        String text = field.display().apply(value);
        return text == null || text.isBlank() ? null : text;
    }

    /** A value's text: a labelled enum (one with a {@code label()} method) by its label, anything else by toString. */
    static String text(Object value) {
        if (value instanceof Enum<?> e) {
            try {
                Object label = e.getClass().getMethod("label").invoke(e);
                if (label instanceof String s) {
                    return s;
                }
            } catch (ReflectiveOperationException ignored) {
                // no label: its name
            }
            return e.name();
        }
        return value.toString();
    }
}
