package org.desist.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PncNumberTest {

    private static final Year NOW = Year.of(2026);

    // Check letters worked out independently: (yy followed by the 7-digit serial) mod 23, as a letter of
    // ZABCDEFGHJKLMNPQRTUVWXY. E.g. 120000001 = 23 × 5217391 + 8 → H; 260000001 mod 23 = 20 → W; 201234567 = 23 ×
    // 8749329 → Z;
    // 190345678 mod 23 = 1 → A; 999999999 mod 23 = 19 → V; 257654321 mod 23 = 18 → U; 80000012 mod 23 = 9 → J.
    @ParameterizedTest(name = "\"{0}\" is valid and reads as {1}")
    @CsvSource({
        "12/1H, 2012/0000001H",
        "2012/0000001H, 2012/0000001H",
        "12/0000001h, 2012/0000001H",
        "' 2012/0000001H ', 2012/0000001H",
        "2012 / 0000001H, 2012/0000001H",
        "20/1234567Z, 2020/1234567Z",
        "19/345678A, 2019/0345678A",
        "99/9999999V, 1999/9999999V",
        "25/7654321U, 2025/7654321U",
        "2008/12J, 2008/0000012J",
        "08/0000012J, 2008/0000012J",
    })
    void readsValidNumbersIntoTheStandardForm(String input, String expected) {
        assertThat(PncNumber.problemWith(input, NOW)).isEmpty();
        assertThat(PncNumber.parse(input, NOW).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" has the wrong check letter")
    @CsvSource({"12/1A", "12/1J", "20/1234567A", "19/345678Z", "2025/7654321T"})
    void refusesAWrongCheckLetter(String input) {
        assertThat(PncNumber.problemWith(input, NOW)).contains(PncNumber.CHECK_MESSAGE);
        assertThatThrownBy(() -> PncNumber.parse(input, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PncNumber.CHECK_MESSAGE);
    }

    @ParameterizedTest(name = "\"{0}\" is not in the PNC format")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "12345678H", // no slash
                "12/H", // no serial
                "12/12345678H", // 8-digit serial
                "123/1H", // 3-digit year
                "12/1", // no check letter
                "12/1HH",
                "AB/1H",
                "2030/0000001H", // a year in the future
            })
    void refusesMalformedNumbers(String input) {
        assertThat(PncNumber.problemWith(input, NOW)).contains(PncNumber.FORMAT_MESSAGE);
    }

    @ParameterizedTest(name = "check letter for {0}/{1} is {2}")
    @CsvSource({"2012, 1, H", "2020, 1234567, Z", "2019, 345678, A", "1999, 9999999, V", "2000, 0, Z"})
    void computesTheCheckLetter(int year, int serial, char expected) {
        assertThat(PncNumber.checkCharacter(year, serial)).isEqualTo(expected);
        assertThat(PncNumber.of(year, serial).value()).endsWith(String.valueOf(expected));
    }

    @Test
    void neverUsesTheLettersIOrS() {
        for (int serial = 0; serial < 23; serial++) {
            assertThat(PncNumber.checkCharacter(2026, serial)).isNotIn('I', 'O', 'S');
        }
    }

    @Test
    void aTwoDigitYearAfterThisYearIsLastCentury() {
        assertThat(PncNumber.parse("99/9999999V", Year.of(2026)).value()).startsWith("1999/");
        assertThat(PncNumber.parse("26/1W", Year.of(2026)).value()).isEqualTo("2026/0000001W");
    }
}
