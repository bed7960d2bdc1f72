package org.desist.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditedFieldsTest {

    enum Hearing {
        FIRST("First hearing"),
        TRIAL("Trial");

        private final String label;

        Hearing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    enum Plain {
        YES
    }

    record Appearance(LocalDate date, String court, Hearing hearing, Plain plain, List<String> offences) {}

    private static final DateTimeFormatter GOV_UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final AuditedFields<Appearance> AUDITED = AuditedFields.<Appearance>of()
            .field("Date", Appearance::date, GOV_UK::format)
            .field("Court", Appearance::court)
            .field("Hearing", Appearance::hearing)
            .field("Plain", Appearance::plain)
            .field("Offences", Appearance::offences, o -> String.join(", ", o));

    private static final Appearance BEFORE =
            new Appearance(LocalDate.of(2027, 1, 4), "Northbridge Youth Court", Hearing.FIRST, null, List.of("Theft"));

    record Case(String name, Appearance after, List<List<String>> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("nothing changed", BEFORE, List.of()),
                new Case(
                        "a date, shown as a person reads it",
                        new Appearance(
                                LocalDate.of(2027, 2, 1), BEFORE.court(), Hearing.FIRST, null, BEFORE.offences()),
                        List.of(List.of("Date", "4 January 2027", "1 February 2027"))),
                new Case(
                        "a labelled enum by its label, and two fields in declaration order",
                        new Appearance(BEFORE.date(), "Southmoor Crown Court", Hearing.TRIAL, null, BEFORE.offences()),
                        List.of(
                                List.of("Court", "Northbridge Youth Court", "Southmoor Crown Court"),
                                List.of("Hearing", "First hearing", "Trial"))),
                new Case(
                        "a value added where there was none; an enum without a label by its name",
                        new Appearance(BEFORE.date(), BEFORE.court(), Hearing.FIRST, Plain.YES, BEFORE.offences()),
                        List.of(List.of("Plain", "", "YES"))),
                new Case(
                        "a value removed; blank text counts as none",
                        new Appearance(BEFORE.date(), "  ", Hearing.FIRST, null, List.of()),
                        List.of(List.of("Court", "Northbridge Youth Court", ""), List.of("Offences", "Theft", ""))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void listsEachShownValueThatDiffers(Case c) {
        assertThat(AUDITED.changes(BEFORE, c.after()))
                .extracting(FieldChange::field, f -> nullToEmpty(f.oldValue()), f -> nullToEmpty(f.newValue()))
                .containsExactlyElementsOf(c.expected().stream()
                        .map(e -> tuple(e.get(0), e.get(1), e.get(2)))
                        .toList());
    }

    @Test
    void aCreationListsEveryFieldWithAValue() {
        assertThat(AUDITED.changes(null, BEFORE))
                .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .containsExactly(
                        tuple("Date", null, "4 January 2027"),
                        tuple("Court", null, "Northbridge Youth Court"),
                        tuple("Hearing", null, "First hearing"),
                        tuple("Offences", null, "Theft"));
    }

    @Test
    void declaresItsLabelsInOrder() {
        assertThat(AUDITED.labels()).containsExactly("Date", "Court", "Hearing", "Plain", "Offences");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
