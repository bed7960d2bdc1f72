package org.desist.court;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditedFields;

/** The social worker was told of a court date: when, how and who; recorded once, never edited. */
public record CourtDateShared(
        UUID id,
        UUID appearanceId,
        LocalDate hearingDate,
        LocalDate toldOn,
        CourtDateMethod toldHow,
        String toldWho,
        String recordedBy) {

    /** What the trail shows when it is recorded. */
    public static final AuditedFields<CourtDateShared> AUDITED = AuditedFields.<CourtDateShared>of()
            .field("Court date", CourtDateShared::hearingDate)
            .field("Told on", CourtDateShared::toldOn)
            .field("How", CourtDateShared::toldHow)
            .field("Who", CourtDateShared::toldWho);
}
