package org.desist.security;

import java.util.Set;
import java.util.UUID;

/** A person with an account, as other modules see them (never with their password or tokens). */
public record StaffMember(
        UUID id, String username, String displayName, String jobTitle, Agency agency, Set<Role> roles) {}
