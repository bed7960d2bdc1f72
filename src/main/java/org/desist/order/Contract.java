package org.desist.order;

import java.time.LocalDate;
import java.util.List;
import org.desist.audit.AuditedFields;

/** The referral order contract agreed at the panel: the order runs from its signing. */
public record Contract(LocalDate signedOn, String reparation, List<String> activities) {

    /** What the trail shows of a contract. */
    static final AuditedFields<Contract> AUDITED = AuditedFields.<Contract>of()
            .field("Contract signed", Contract::signedOn)
            .field("Reparation", Contract::reparation)
            .field("Activities", Contract::activities, a -> String.join("; ", a));
}
