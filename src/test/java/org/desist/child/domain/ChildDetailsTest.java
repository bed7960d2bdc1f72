package org.desist.child.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.desist.TestData;
import org.desist.child.ChildDetailsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChildDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ChildDetails VALID = TestData.child("Jayden", "Smith", LocalDate.of(2011, 2, 28));

    @Test
    void validDetailsHaveNoProblems() {
        assertThat(VALID.problems(TODAY)).isEmpty();
    }

    static Stream<Arguments> invalidDetails() {
        return Stream.of(
                Arguments.of(
                        "no first name",
                        change(d -> with(d, "givenName", " ")),
                        "givenName",
                        "Enter the child's first name"),
                Arguments.of(
                        "no last name",
                        change(d -> with(d, "familyName", null)),
                        "familyName",
                        "Enter the child's last name"),
                Arguments.of(
                        "no reference",
                        change(d -> with(d, "localReference", "")),
                        "localReference",
                        "Enter the local reference"),
                Arguments.of(
                        "born today",
                        change(d -> with(d, "dateOfBirth", TODAY)),
                        "dateOfBirth",
                        "Date of birth must be in the past"),
                Arguments.of(
                        "no date of birth",
                        change(d -> with(d, "dateOfBirth", null)),
                        "dateOfBirth",
                        "Enter the child's date of birth"),
                Arguments.of(
                        "bad postcode",
                        change(d -> with(d, "postcode", "NOT A CODE")),
                        "postcode",
                        "Enter a real postcode, like NB1 4QT"),
                Arguments.of(
                        "bad PNC",
                        change(d -> with(d, "pncNumber", "12/1A")),
                        "pncNumber",
                        "The PNC number's check letter is wrong – check the number and try again"),
                Arguments.of(
                        "bad NHS number",
                        change(d -> with(d, "nhsNumber", "12345")),
                        "nhsNumber",
                        "Enter an NHS number of 10 digits, like 485 777 3456"),
                Arguments.of(
                        "too many ETE hours",
                        change(d -> with(d, "eteHours", new BigDecimal("61"))),
                        "eteHours",
                        "ETE hours a week must be between 0 and 60"),
                Arguments.of(
                        "negative ETE hours",
                        change(d -> with(d, "eteHours", new BigDecimal("-1"))),
                        "eteHours",
                        "ETE hours a week must be between 0 and 60"),
                Arguments.of(
                        "out of borough, no LA",
                        change(d -> with(with(d, "placedOutOfBorough", true), "localAuthority", null)),
                        "localAuthority",
                        "Enter the local authority the child is placed in, as they are out of borough"),
                Arguments.of("no gender", change(d -> with(d, "gender", null)), "gender", "Select the child's gender"),
                Arguments.of(
                        "long name",
                        change(d -> with(d, "givenName", "x".repeat(101))),
                        "givenName",
                        "First name must be 100 characters or fewer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDetails")
    void findsEachProblemOnItsField(String why, ChildDetails details, String field, String message) {
        assertThat(details.problems(TODAY)).containsEntry(field, message);
    }

    @Test
    void normalisesIdentifiersAndBlanks() {
        ChildDetails typed =
                with(with(with(VALID, "pncNumber", " 12/1h "), "postcode", "nb14qt"), "preferredName", "  ");
        ChildDetails normalised = typed.normalised(Year.of(2026));
        assertThat(normalised.pncNumber()).isEqualTo("2012/0000001H");
        assertThat(normalised.postcode()).isEqualTo("NB1 4QT");
        assertThat(normalised.preferredName()).isNull();
    }

    @Test
    void listsEachChangedFieldWithOldAndNewValues() {
        ChildDetails after = with(with(VALID, "postcode", "NB2 7AA"), "countyLines", true);
        var changes = VALID.changesTo(after, v -> v == null ? null : v.toString());
        assertThat(changes)
                .extracting(c -> c.field() + ": " + c.oldValue() + " → " + c.newValue())
                .containsExactly("Postcode: NB1 4QT → NB2 7AA", "County lines: false → true");
    }

    private static ChildDetails change(UnaryOperator<ChildDetails> change) {
        return change.apply(VALID);
    }

    static ChildDetails with(ChildDetails d, String component, Object value) {
        return ChildDetailsFixtures.with(d, component, value);
    }
}
