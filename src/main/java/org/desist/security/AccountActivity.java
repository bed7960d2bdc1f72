package org.desist.security;

import java.util.UUID;

/**
 * Something changed about an account, a service or an API token (published in the transaction of the
 * change; the audit module records it). {@code recordType} is ACCOUNT, SERVICE, TEAM or API_TOKEN.
 */
public record AccountActivity(String recordType, UUID recordId, boolean created, String summary) {}
