package org.desist.quality.internal;

import java.util.List;
import java.util.UUID;
import org.desist.quality.CaseEvidence;
import org.desist.quality.Evidence;
import org.springframework.stereotype.Component;

/** Placeholder until the evidence rules land (issue 15, in progress): finds nothing. Replaced, not kept. */
@Component
class NoEvidenceYet implements CaseEvidence {

    @Override
    public List<Evidence> of(UUID interventionId) {
        return List.of();
    }
}
