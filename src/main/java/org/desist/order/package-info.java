/**
 * Court orders once they are made (YJB case management guidance): what each kind of order involves — a referral
 * order's youth offender panels and contract, a youth rehabilitation order's requirements, a detention and
 * training order's custody and supervision halves, a grave crime sentence's release and licence — and
 * breaches with their outcome, a resentence linking the new order to the one it replaced. Built on the
 * intervention module's public API: every read goes through {@code Interventions.get}, so an order is
 * visible exactly when its intervention is.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Court orders",
        allowedDependencies = {
            "audit",
            "child",
            "chronology",
            "deadline",
            "intervention",
            "jointworking",
            "offence",
            "platform",
            "security"
        })
package org.desist.order;
