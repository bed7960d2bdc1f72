/**
 * Security and tenancy: user accounts, roles and what each may do, the youth justice services an
 * account belongs to, sign-in with lockout, and bearer API tokens. Every child belongs to one youth
 * justice service; a user sees only the children of the services they belong to.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Security and tenancy",
        allowedDependencies = {"platform"})
package org.desist.security;
