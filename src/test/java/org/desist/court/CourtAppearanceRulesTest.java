package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An appearance as entered, its correction and its remand or bail decision: the aggregate's rules, with real dates. */
class CourtAppearanceRulesTest {

    private static CourtAppearance heard(Outcome outcome, RemandOrBail already) {
        return new CourtAppearance(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LocalDate.of(2026, 3, 9),
                "Leeds Youth Court",
                CourtKind.values()[0],
                HearingType.values()[0],
                List.of(UUID.randomUUID()),
                outcome,
                null,
                LocalDate.of(2026, 4, 6),
                null,
                already,
                null,
                null,
                null,
                List.of(),
                3);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "REMANDED, -, REMAND_TO_LOCAL_AUTHORITY, -, -, -, -",
                "REMANDED, -, REMAND_TO_YOUTH_DETENTION, SECURE_CHILDRENS_HOME, Aldine House, -, -",
                "BAILED, -, CONDITIONAL_BAIL, -, -, -, -",
                "REMANDED, REMAND_TO_LOCAL_AUTHORITY, REMAND_TO_LOCAL_AUTHORITY, -, -, decision,"
                        + " Remand or bail is already recorded for this appearance",
                "ADJOURNED, -, CONDITIONAL_BAIL, -, -, decision,"
                        + " Record remand or bail only for an appearance where the child was remanded or bailed",
                "REMANDED, -, -, -, -, decision, Select where the child is remanded to",
                "BAILED, -, -, -, -, decision, Select the kind of bail",
                "REMANDED, -, CONDITIONAL_BAIL, -, -, decision,"
                        + " 'The child was remanded: select a remand, or correct the outcome to bailed'",
                "BAILED, -, REMAND_TO_LOCAL_AUTHORITY, -, -, decision,"
                        + " 'The child was bailed: select a kind of bail, or correct the outcome to remanded'",
                "REMANDED, -, REMAND_TO_YOUTH_DETENTION, -, Aldine House, establishmentType,"
                        + " Select the type of youth detention accommodation",
                "REMANDED, -, REMAND_TO_YOUTH_DETENTION, SECURE_CHILDRENS_HOME, '  ', establishmentName,"
                        + " Enter the name of the establishment",
            })
    void aRemandOrBailDecision(
            Outcome outcome,
            RemandOrBail already,
            RemandOrBail decision,
            EstablishmentType type,
            String name,
            String field,
            String problem) {
        CourtAppearance appearance = heard(outcome, already);
        if (field == null) {
            Change<CourtAppearance> change = appearance.decideRemandOrBail(decision, type, name);
            assertThat(change.before()).isEqualTo(appearance);
            assertThat(change.after().remandOrBail()).isEqualTo(decision);
            assertThat(change.after().establishmentType()).isEqualTo(type);
            assertThat(change.after().establishmentName()).isEqualTo(name);
            assertThat(change.after().version()).isEqualTo(3);
            assertThat(change.events()).isEmpty();
        } else {
            assertThatThrownBy(() -> appearance.decideRemandOrBail(decision, type, name))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsEntry(field, problem));
        }
    }

    private static final LocalDate BORN = LocalDate.of(2010, 3, 4);
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final UUID THEIRS = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID SOMEONE_ELSES = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private static CourtWork.NewAppearance entered(
            LocalDate on, String court, Outcome outcome, String detail, LocalDate next, UUID offence) {
        return new CourtWork.NewAppearance(
                on,
                court,
                CourtKind.YOUTH_COURT,
                HearingType.FIRST,
                offence == null ? List.of() : List.of(offence, offence),
                outcome,
                detail,
                next,
                "  ");
    }

    @ParameterizedTest(name = "{0} at \"{1}\", {2} \"{3}\", next {4} → {6}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2027-01-20, Northbridge Youth Court, ADJOURNED, -, 2027-02-17, a, -, -",
                "2027-02-01, Northbridge Youth Court, DISMISSED, -, -, a, -, -",
                "2027-02-02, Northbridge Youth Court, DISMISSED, -, -, a, appearanceDate,"
                        + " The date of the appearance must be today or in the past",
                // Born 4 March 2010: 10 on 4 March 2020 (Children and Young Persons Act 1933 s.50).
                "2020-03-03, Northbridge Youth Court, DISMISSED, -, -, a, appearanceDate,"
                        + " The child was under 10 on that date",
                "2020-03-04, Northbridge Youth Court, DISMISSED, -, -, a, -, -",
                "-, Northbridge Youth Court, DISMISSED, -, -, a, appearanceDate, Enter the date of the appearance",
                "2027-01-20, '  ', DISMISSED, -, -, a, courtName, Enter the name of the court",
                "2027-01-20, Northbridge Youth Court, DISMISSED, -, -, -, offenceIds,"
                        + " Select the offences this appearance concerns",
                "2027-01-20, Northbridge Youth Court, DISMISSED, -, -, b, offenceIds, Select only this child’s offences",
                "2027-01-20, Northbridge Youth Court, -, -, -, a, outcome, Select the outcome",
                "2027-01-20, Northbridge Youth Court, OTHER, '  ', -, a, outcomeDetail, Describe the outcome",
                "2027-01-20, Northbridge Youth Court, ADJOURNED, -, -, a, nextHearingDate,"
                        + " Enter the date of the next hearing",
                "2027-01-20, Northbridge Youth Court, ADJOURNED, -, 2027-01-20, a, nextHearingDate,"
                        + " The next hearing must be after this appearance",
            })
    void anAppearanceAsEntered(
            LocalDate on,
            String court,
            Outcome outcome,
            String detail,
            LocalDate next,
            String offence,
            String field,
            String problem) {
        CourtWork.NewAppearance a = entered(
                on,
                court,
                outcome,
                detail,
                next,
                offence == null ? null : "a".equals(offence) ? THEIRS : SOMEONE_ELSES);
        UUID id = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        if (field == null) {
            Change<CourtAppearance> change = CourtAppearance.record(id, child, a, BORN, THEIRS::equals, TODAY);
            assertThat(change.isCreation()).isTrue();
            assertThat(change.after().courtName()).isEqualTo(court.trim());
            assertThat(change.after().offenceIds()).containsExactly(THEIRS);
            assertThat(change.after().informationToCourt()).isNull();
            assertThat(change.after().version()).isZero();
        } else {
            assertThatThrownBy(() -> CourtAppearance.record(id, child, a, BORN, THEIRS::equals, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsEntry(field, problem));
        }
    }

    @ParameterizedTest(name = "remand {0}, sentence or report {1}: corrected to {2}, {3} → {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-, false, 2026-03-10, SENTENCED, -",
                "-, true, 2026-03-09, REMANDED, -",
                "-, true, 2026-03-10, REMANDED, appearanceDate",
                "-, true, 2026-03-09, SENTENCED, outcome",
                "REMAND_TO_LOCAL_AUTHORITY, false, 2026-03-10, REMANDED, appearanceDate",
            })
    void aCorrectionKeepsWhatHangsOnTheAppearance(
            RemandOrBail remand, boolean sentenceOrReport, LocalDate on, Outcome outcome, String field) {
        CourtAppearance appearance = heard(Outcome.REMANDED, remand);
        CourtWork.NewAppearance corrected = new CourtWork.NewAppearance(
                on,
                "Leeds Youth Court ",
                appearance.courtKind(),
                appearance.hearingType(),
                List.of(THEIRS),
                outcome,
                null,
                outcome.needsNextHearing() ? LocalDate.of(2026, 4, 6) : null,
                null);
        if (field == null) {
            Change<CourtAppearance> change =
                    appearance.correct(corrected, BORN, THEIRS::equals, TODAY, sentenceOrReport);
            assertThat(change.before()).isEqualTo(appearance);
            assertThat(change.after().appearanceDate()).isEqualTo(on);
            assertThat(change.after().outcome()).isEqualTo(outcome);
            assertThat(change.after().remandOrBail()).isEqualTo(remand);
            assertThat(change.after().version()).isEqualTo(3);
            assertThat(CourtAppearance.CORRECTED.changes(change.before(), change.after()))
                    .extracting(org.desist.audit.FieldChange::field)
                    .doesNotContain("Court", "Hearing");
        } else {
            assertThatThrownBy(() -> appearance.correct(corrected, BORN, THEIRS::equals, TODAY, sentenceOrReport))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsOnlyKeys(field)
                                    .containsValue("The " + (field.equals("outcome") ? "outcome" : "date")
                                            + " cannot change once a remand or bail, sentence, report or ended"
                                            + " intervention is recorded from this appearance"));
        }
    }
}
