package org.desist.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field errors found by a domain rule rather than by bean validation: field name → user message, in the
 * order the rule found them (so the API lists them in a stable order).
 */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidRequestException(Map<String, String> errors) {
        super("Invalid request: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /**
     * An aggregate's answer to a change it was asked to make: no problems, or the change is refused with each on
     * its field (field name → message, in the order the rule found them).
     */
    public static void refuseIf(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    public Map<String, String> errors() {
        return errors;
    }
}
