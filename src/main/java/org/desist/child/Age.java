package org.desist.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** A person's age on a date, computed, never stored (the Crime and Disorder Act 1998 and YJB guidance). */
public final class Age {

    /** Prevention work can start before the age of criminal responsibility (10). */
    static final int YOUNGEST = 8;
    /** Supervision can continue past 18; nobody on a youth justice caseload is 25. */
    static final int OLDEST_EXCLUSIVE = 25;

    /** Children and Young Persons Act 1933 s.50: no child under 10 can be guilty of an offence. */
    public static final int CRIMINAL_RESPONSIBILITY = 10;

    private Age() {}

    /** Whether the child was below the age of criminal responsibility on {@code date}. */
    public static boolean belowCriminalResponsibility(LocalDate dateOfBirth, LocalDate date) {
        return on(dateOfBirth, date) < CRIMINAL_RESPONSIBILITY;
    }

    /**
     * Whole years on {@code date}. Someone born on 29 February becomes a year older on 1 March in
     * non-leap years (Family Law Reform Act 1969 s.9 counting, as {@link Period} does).
     */
    public static int on(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /** Why a date of birth cannot be right for a child on a youth justice caseload; empty if it can. */
    public static Optional<String> problemWithDateOfBirth(LocalDate dateOfBirth, LocalDate today) {
        if (!dateOfBirth.isBefore(today)) {
            return Optional.of("Date of birth must be in the past");
        }
        int age = on(dateOfBirth, today);
        if (age < YOUNGEST) {
            return Optional.of("Date of birth must be for someone aged " + YOUNGEST + " or over");
        }
        if (age >= OLDEST_EXCLUSIVE) {
            return Optional.of("Date of birth must be for someone aged under " + OLDEST_EXCLUSIVE);
        }
        return Optional.empty();
    }
}
