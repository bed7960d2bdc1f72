package org.desist.victim.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.victim.RestorativeJustice;
import org.desist.victim.RestorativeJustice.Decision;
import org.springframework.stereotype.Component;

/** Where restorative justice stands for each victim, in a few words and without their details. */
@Component
class RestorativeJusticeStatements implements VictimWorkStatement {

    private final RestorativeJusticeRepository repository;

    RestorativeJusticeStatements(RestorativeJusticeRepository repository) {
        this.repository = repository;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Map<UUID, List<String>> about(Collection<UUID> victimIds) {
        Map<UUID, List<String>> statements = new LinkedHashMap<>();
        for (RestorativeJustice rj : repository.ofVictims(victimIds)) {
            statements.put(rj.victimId(), List.of(statement(rj)));
        }
        return statements;
    }

    /** The furthest point the work reached. */
    static String statement(RestorativeJustice rj) {
        if (rj.outcome() == RestorativeJustice.Outcome.DID_NOT_GO_AHEAD) {
            return "RJ did not go ahead";
        }
        if (rj.heldOn() != null && rj.kind() != null) {
            return switch (rj.kind()) {
                case CONFERENCE -> "RJ conference held";
                case LETTER -> "RJ letter delivered";
                case SHUTTLE -> "RJ shuttle communication held";
                case REPARATION_TO_VICTIM -> "reparation to the victim";
                case COMMUNITY_REPARATION -> "community reparation";
            };
        }
        if (rj.victimConsent() == Decision.REFUSED) {
            return "RJ declined";
        }
        if (rj.victimConsent() == Decision.WITHDRAWN) {
            return "RJ consent withdrawn";
        }
        if (rj.plannedOn() != null) {
            return "RJ planned";
        }
        return rj.victimConsent() == Decision.GIVEN ? "RJ agreed by the victim" : "RJ offered";
    }
}
