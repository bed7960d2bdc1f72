package org.desist.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sessions attended against planned: only attended sessions count towards the programme. */
class SessionCountsTest {

    @ParameterizedTest(name = "{0} of {1} planned: {2} attended, {3} acceptable, {4} unacceptable, {5} to go")
    @CsvSource({
        "'', 8, 0, 0, 0, 8, 0 of 8 planned sessions attended",
        "A A A, 8, 3, 0, 0, 5, 3 of 8 planned sessions attended",
        "A P U A, 6, 2, 1, 1, 4, 2 of 6 planned sessions attended",
        "U U, 4, 0, 0, 2, 4, 0 of 4 planned sessions attended",
        // More sessions than planned (a repeat, or the programme ran over): none remaining, never negative.
        "A A A, 2, 3, 0, 0, 0, 3 of 2 planned sessions attended",
        "A, 1, 1, 0, 0, 0, 1 of 1 planned session attended",
        "P P A, 3, 1, 2, 0, 2, 1 of 3 planned sessions attended",
    })
    void attendanceIsCountedAgainstThePlan(
            String sessions,
            int planned,
            long attended,
            long acceptable,
            long unacceptable,
            long remaining,
            String summary) {
        List<Attendance> attendance = sessions.isBlank()
                ? List.of()
                : Arrays.stream(sessions.split(" "))
                        .map(s -> switch (s) {
                            case "A" -> Attendance.ATTENDED;
                            case "P" -> Attendance.ACCEPTABLE_ABSENCE;
                            default -> Attendance.UNACCEPTABLE_ABSENCE;
                        })
                        .toList();
        SessionCounts counts = SessionCounts.of(attendance, planned);
        assertThat(counts.attended()).isEqualTo(attended);
        assertThat(counts.acceptableAbsences()).isEqualTo(acceptable);
        assertThat(counts.unacceptableAbsences()).isEqualTo(unacceptable);
        assertThat(counts.remaining()).isEqualTo(remaining);
        assertThat(counts.recorded()).isEqualTo(attendance.size());
        assertThat(counts.summary()).isEqualTo(summary);
    }
}
