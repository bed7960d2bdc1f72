package org.desist.oversight;

import java.time.LocalDate;
import java.util.List;

/** What a manager records when overseeing a case; any part may be missing (the rules say what is needed). */
public record OversightDetails(
        LocalDate recordedOn,
        List<OversightArea> areas,
        Judgement judgement,
        String direction,
        String actions,
        LocalDate actionsDue,
        LocalDate nextDue) {}
