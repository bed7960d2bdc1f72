package org.desist.child.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * When a case may move to another youth justice service (YJB case management guidance: "transfers between services
 * carry the whole record"): to another service that exists, which does not already hold a record with the
 * same local reference or PNC number (it may be the same child), for a reason recorded.
 */
public final class TransferRules {

    static final int MAX_REASON = 2000;

    private TransferRules() {}

    /**
     * @param toServiceName the receiving service's name, empty when no such service exists
     * @param clashes whether the receiving service already has a child with the same reference or PNC number
     */
    public static Map<String, String> problems(
            UUID currentServiceId, UUID toServiceId, Optional<String> toServiceName, boolean clashes, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (toServiceId == null) {
            problems.put("toServiceId", "Select the youth justice service the case moves to");
        } else if (toServiceName.isEmpty()) {
            problems.put("toServiceId", "Select a youth justice service that exists");
        } else if (toServiceId.equals(currentServiceId)) {
            problems.put("toServiceId", "Select another service: the case is already with " + toServiceName.get());
        } else if (clashes) {
            problems.put(
                    "toServiceId",
                    toServiceName.get() + " already has a child with this local reference or PNC number: check it is"
                            + " not the same child before transferring");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "Enter why the case is moving to another service");
        } else if (reason.length() > MAX_REASON) {
            problems.put("reason", "The reason must be 2,000 characters or fewer");
        }
        return problems;
    }
}
