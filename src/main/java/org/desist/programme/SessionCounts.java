package org.desist.programme;

import java.util.Collection;

/**
 * Sessions attended against those the programme plans, and the absences (YJB case management guidance). Only an
 * attended session counts towards the programme; an acceptable absence is not held against the child but is
 * not a session done.
 */
public record SessionCounts(long attended, long acceptableAbsences, long unacceptableAbsences, int planned) {

    public static SessionCounts of(Collection<Attendance> sessions, int planned) {
        return new SessionCounts(
                sessions.stream().filter(a -> a == Attendance.ATTENDED).count(),
                sessions.stream()
                        .filter(a -> a == Attendance.ACCEPTABLE_ABSENCE)
                        .count(),
                sessions.stream()
                        .filter(a -> a == Attendance.UNACCEPTABLE_ABSENCE)
                        .count(),
                planned);
    }

    /** Sessions still to attend to reach the plan (never below 0). */
    public long remaining() {
        return Math.max(0, planned - attended);
    }

    public long recorded() {
        return attended + acceptableAbsences + unacceptableAbsences;
    }

    /** "3 of 8 planned sessions attended". */
    public String summary() {
        return attended + " of " + planned + " planned session" + (planned == 1 ? "" : "s") + " attended";
    }
}
