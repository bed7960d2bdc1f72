/**
 * Appropriate adults (PACE 1984 Code C; Crime and Disorder Act 1998 s.38(4)): call-outs from police custody suites to
 * be a child's appropriate adult, the rota of staff and volunteers on call, response times against a local target,
 * overnight detentions of charged children refused bail and whether the local authority provided accommodation
 * (PACE s.38(6); Concordat on Children in Custody 2017), and the measures a Management Board watches. A call-out
 * belongs to the service that was called; it names a child of the service once linked.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Appropriate adults",
        allowedDependencies = {"audit", "child", "chronology", "court", "deadline", "outofcourt", "platform", "security"
        })
package org.desist.appropriateadult;
