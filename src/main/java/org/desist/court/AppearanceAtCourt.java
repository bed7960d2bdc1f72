package org.desist.court;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A court appearance as social care's side of it is recorded: the hearing, the next court date the social worker
 * must be told of, and who accompanied the child. Its rules are the joint protocol between children's social care and
 * the YOS ("Police station and court", "Remands"); the plain checks are {@link SocialWorkerAtCourtRules}.
 */
public record AppearanceAtCourt(
        UUID id,
        UUID childId,
        LocalDate appearanceDate,
        LocalDate nextHearingDate,
        CourtKind courtKind,
        Outcome outcome,
        Accompaniment accompaniment,
        long version) {

    /** What the trail shows of who accompanied the child: the state before and after, diffed. */
    public static final AuditedFields<AppearanceAtCourt> AUDITED = AuditedFields.<AppearanceAtCourt>of()
            .field(
                    "Accompanied by",
                    a -> a.accompaniment() == null ? null : a.accompaniment().companion())
            .field(
                    "Name",
                    a -> a.accompaniment() == null ? null : a.accompaniment().name())
            .field(
                    "Reason",
                    a -> a.accompaniment() == null ? null : a.accompaniment().reason());

    /** Whether the next court date must be passed to the social worker (a looked-after or remanded child). */
    public boolean courtDateToShare(boolean lookedAfter, boolean remandActive) {
        return SocialWorkerAtCourtRules.courtDateToShare(
                nextHearingDate != null, lookedAfter, outcome == Outcome.REMANDED || remandActive);
    }

    /** The Crown Court rule for a looked-after child: the flag the court tab shows, if any. */
    public Optional<String> crownCourtFlag(boolean lookedAfter) {
        return SocialWorkerAtCourtRules.crownCourtFlag(
                lookedAfter, courtKind, accompaniment == null ? null : accompaniment.companion());
    }

    /**
     * Who accompanied the child (joint protocol, "Police station and court"): YOS staff never can (their names
     * are {@code yosStaffNames}), and a looked-after child ({@code lookedAfter} on the day) at the Crown Court
     * without the social worker or their manager needs the reason.
     */
    public Change<AppearanceAtCourt> recordAccompaniment(
            Accompaniment who, boolean lookedAfter, Collection<String> yosStaffNames) {
        InvalidRequestException.refuseIf(SocialWorkerAtCourtRules.problems(
                lookedAfter, courtKind, who.companion(), who.name(), who.reason(), yosStaffNames));
        Accompaniment recorded = new Accompaniment(
                who.companion(),
                who.companion() == Companion.NOBODY ? null : who.name().trim(),
                blankToNull(who.reason()));
        return Change.of(
                this,
                new AppearanceAtCourt(
                        id, childId, appearanceDate, nextHearingDate, courtKind, outcome, recorded, version));
    }

    /**
     * The social worker was told of the next court date (joint protocol, "Police station and court"): once the
     * appearance has one, on or after the appearance and not after {@code today}, saying how and who.
     */
    public Change<CourtDateShared> tellSocialWorker(
            UUID sharedId, CourtDateMethod how, String who, LocalDate toldOn, String recordedBy, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (nextHearingDate == null) {
            problems.put("toldOn", "Record the next hearing date on the appearance first");
        }
        if (toldOn == null) {
            problems.put("toldOn", "Enter the date the social worker was told");
        } else if (toldOn.isAfter(today)) {
            problems.put("toldOn", "The date the social worker was told must be today or in the past");
        } else if (toldOn.isBefore(appearanceDate)) {
            problems.put("toldOn", "The date the social worker was told must be on or after the appearance");
        }
        if (how == null) {
            problems.put("toldHow", "Select how the social worker was told");
        }
        if (who == null || who.isBlank()) {
            problems.put("toldWho", "Enter who was told (the social worker’s name)");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new CourtDateShared(sharedId, id, nextHearingDate, toldOn, how, who.trim(), recordedBy));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
