package org.desist.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeTest {

    @ParameterizedTest(name = "born {0}, on {1} aged {2}")
    @CsvSource({
        "2010-06-15, 2026-06-14, 15", // the day before the birthday
        "2010-06-15, 2026-06-15, 16", // on the birthday
        "2010-06-15, 2026-12-31, 16",
        "2008-02-29, 2026-02-28, 17", // leap-day birthday: not yet 18 on 28 February…
        "2008-02-29, 2026-03-01, 18", // …but 18 on 1 March in a non-leap year
        "2008-02-29, 2024-02-29, 16", // and on 29 February in a leap year
        "2016-01-01, 2026-01-01, 10", // criminal responsibility starts at 10
        "2009-12-31, 2026-12-30, 16",
    })
    void computesWholeYears(LocalDate born, LocalDate on, int age) {
        assertThat(Age.on(born, on)).isEqualTo(age);
    }

    @ParameterizedTest(name = "born {0}, on {1}: \"{2}\"")
    @CsvSource({
        "2026-11-24, 2026-11-24, Date of birth must be in the past",
        "2027-01-01, 2026-11-24, Date of birth must be in the past",
        "2018-11-25, 2026-11-24, Date of birth must be for someone aged 8 or over",
        "2001-11-24, 2026-11-24, Date of birth must be for someone aged under 25",
    })
    void refusesDatesOfBirthThatCannotBeRight(LocalDate born, LocalDate today, String message) {
        assertThat(Age.problemWithDateOfBirth(born, today)).contains(message);
    }

    @ParameterizedTest(name = "born {0}, on {1}: accepted")
    @CsvSource({"2018-11-24, 2026-11-24", "2001-11-25, 2026-11-24", "2011-02-28, 2026-11-24"})
    void acceptsChildrenAndYoungAdults(LocalDate born, LocalDate today) {
        assertThat(Age.problemWithDateOfBirth(born, today)).isEmpty();
    }

    @ParameterizedTest(name = "born {0}, on {1}: below criminal responsibility {2}")
    @CsvSource({
        "2016-01-01, 2025-12-31, true", // the day before the 10th birthday
        "2016-01-01, 2026-01-01, false", // the 10th birthday
        "2016-02-29, 2026-02-28, true", // a leap-day birthday is reached on 1 March
        "2016-02-29, 2026-03-01, false",
    })
    void criminalResponsibilityStartsOnTheTenthBirthday(LocalDate born, LocalDate on, boolean below) {
        assertThat(Age.belowCriminalResponsibility(born, on)).isEqualTo(below);
    }
}
