/**
 * The child's record: identity, where they live, looked-after status, education, health and
 * safeguarding flags, and the people around them. Every view and change is audited; a record is seen
 * only by staff of the child's youth justice service.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Child's record",
        allowedDependencies = {"audit", "deadline", "platform", "security"})
package org.desist.child;
