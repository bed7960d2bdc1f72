package org.desist.platform.web;

import java.util.Map;

/** Field errors found by a domain rule rather than by bean validation: field name → user message. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidRequestException(Map<String, String> errors) {
        super("Invalid request: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
