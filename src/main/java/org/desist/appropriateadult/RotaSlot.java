package org.desist.appropriateadult;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A slot on the appropriate adult rota: a member of staff of the service ({@code userId}, named by {@code name}) or a
 * trained volunteer ({@code userId} null) on call from {@code startsAt} until {@code endsAt} (Crime and Disorder Act
 * 1998 s.38(4): the local authority secures appropriate adults, often through a rota of staff and volunteers).
 */
public record RotaSlot(UUID id, UUID serviceId, Instant startsAt, Instant endsAt, UUID userId, String name) {

    /** The longest slot: a week (a weekend's out-of-hours cover is well within it). */
    public static final Duration LONGEST = Duration.ofDays(7);

    public boolean volunteer() {
        return userId == null;
    }

    public boolean covers(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    /**
     * A slot added: a member of staff or a named volunteer (one of them), ending after it starts and lasting at most
     * {@link #LONGEST}.
     */
    public static Change<RotaSlot> add(
            UUID id,
            UUID serviceId,
            Instant startsAt,
            Instant endsAt,
            UUID staffId,
            String staffName,
            String volunteer) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean staff = staffId != null;
        boolean named = volunteer != null && !volunteer.isBlank();
        if (staff == named) {
            problems.put(
                    "who", staff ? "Select a member of staff or enter a volunteer, not both" : "Select who is on call");
        } else if (named && volunteer.strip().length() > CallOut.TEXT_LENGTH) {
            problems.put("who", "Use " + CallOut.TEXT_LENGTH + " characters or fewer");
        }
        if (startsAt == null) {
            problems.put("startsAt", "Enter when the slot starts");
        }
        if (endsAt == null) {
            problems.put("endsAt", "Enter when the slot ends");
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            problems.put("endsAt", "The slot must end after it starts");
        } else if (startsAt != null && Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            problems.put("endsAt", "A slot can last a week at most");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(
                new RotaSlot(id, serviceId, startsAt, endsAt, staffId, staff ? staffName : volunteer.strip()));
    }
}
