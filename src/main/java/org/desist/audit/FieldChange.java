package org.desist.audit;

/** One field of a record changed from {@code oldValue} to {@code newValue} (display text, either may be null). */
public record FieldChange(String field, String oldValue, String newValue) {}
