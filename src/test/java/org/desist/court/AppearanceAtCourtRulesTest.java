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

/**
 * Social care's side of an appearance (the joint protocol between children's social care and the YOS, "Police
 * station and court"): telling the social worker of the next court date, and who accompanied the child. The
 * appearance was on Wednesday 23 December 2026; "today" is Monday 1 February 2027.
 */
class AppearanceAtCourtRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    private static AppearanceAtCourt heard(LocalDate nextHearing, CourtKind court, Accompaniment who) {
        return new AppearanceAtCourt(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LocalDate.of(2026, 12, 23),
                nextHearing,
                court,
                Outcome.ADJOURNED,
                who,
                4);
    }

    @ParameterizedTest(name = "next hearing {0}, told {1} by {2} to \"{3}\" → {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2027-01-14, 2026-12-24, PHONE, Sam Patel, -, -",
                "2027-01-14, 2026-12-23, SECURE_EMAIL, ' Sam Patel ', -, -",
                "2027-01-14, 2027-02-01, IN_PERSON, Sam Patel, -, -",
                "2027-01-14, 2027-02-02, PHONE, Sam Patel, toldOn,"
                        + " The date the social worker was told must be today or in the past",
                "2027-01-14, 2026-12-22, PHONE, Sam Patel, toldOn,"
                        + " The date the social worker was told must be on or after the appearance",
                "2027-01-14, -, PHONE, Sam Patel, toldOn, Enter the date the social worker was told",
                "2027-01-14, 2026-12-24, -, Sam Patel, toldHow, Select how the social worker was told",
                "2027-01-14, 2026-12-24, LETTER, '  ', toldWho, Enter who was told (the social worker’s name)",
                "-, 2026-12-24, PHONE, Sam Patel, toldOn, Record the next hearing date on the appearance first",
            })
    void tellingTheSocialWorker(
            LocalDate nextHearing, LocalDate toldOn, CourtDateMethod how, String who, String field, String problem) {
        AppearanceAtCourt appearance = heard(nextHearing, CourtKind.YOUTH_COURT, null);
        UUID id = UUID.randomUUID();
        if (field == null) {
            Change<CourtDateShared> change = appearance.tellSocialWorker(id, how, who, toldOn, "swc.cm", TODAY);
            assertThat(change.isCreation()).isTrue();
            assertThat(change.after())
                    .isEqualTo(
                            new CourtDateShared(id, appearance.id(), nextHearing, toldOn, how, who.trim(), "swc.cm"));
            assertThat(change.events()).isEmpty();
        } else {
            assertThatThrownBy(() -> appearance.tellSocialWorker(id, how, who, toldOn, "swc.cm", TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsEntry(field, problem));
        }
    }

    @ParameterizedTest(name = "looked after {0} at {1}: {2} \"{3}\" because \"{4}\" → {5} \"{6}\"")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "true  | CROWN_COURT | SOCIAL_WORKER         | ' Sam Patel ' | -                       | Sam Patel | -",
                "true  | CROWN_COURT | SOCIAL_WORKER_MANAGER | Ann Lee       | The carer is the victim | Ann Lee   |"
                        + " The carer is the victim",
                "false | YOUTH_COURT | PARENT                | Kim Marsh     | '   '                   | Kim Marsh | -",
                // Nobody came: no name is kept, whatever was typed.
                "false | YOUTH_COURT | NOBODY                | Kim Marsh     | -                       | -         | -",
            })
    void whoAccompaniedTheChildIsRecordedAsSaid(
            boolean lookedAfter,
            CourtKind court,
            Companion companion,
            String name,
            String reason,
            String recordedName,
            String recordedReason) {
        AppearanceAtCourt appearance = heard(LocalDate.of(2027, 1, 14), court, null);

        Change<AppearanceAtCourt> change = appearance.recordAccompaniment(
                new Accompaniment(companion, name, reason), lookedAfter, List.of("Casey Jones"));

        assertThat(change.before()).isEqualTo(appearance);
        assertThat(change.after().accompaniment())
                .isEqualTo(new Accompaniment(companion, recordedName, recordedReason));
        assertThat(change.after().version()).isEqualTo(4);
        assertThat(AppearanceAtCourt.AUDITED.changes(change.before(), change.after()))
                .extracting(org.desist.audit.FieldChange::field)
                .startsWith("Accompanied by");
    }

    @ParameterizedTest(name = "looked after {0} at {1}: {2} \"{3}\" → {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "false | YOUTH_COURT | CARER         | ' casey  JONES ' | companionName",
                "true  | CROWN_COURT | CARER         | Jo Smith         | companionReason",
                "false | YOUTH_COURT | -             | -                | companion",
            })
    void whoMayNotBeRecorded(boolean lookedAfter, CourtKind court, Companion companion, String name, String field) {
        AppearanceAtCourt appearance = heard(LocalDate.of(2027, 1, 14), court, null);
        assertThatThrownBy(() -> appearance.recordAccompaniment(
                        new Accompaniment(companion, name, null), lookedAfter, List.of("Casey Jones")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys(field));
    }

    @ParameterizedTest(name = "next hearing {0}, looked after {1}, remand active {2}, outcome {3} → share {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2027-01-14, true,  false, ADJOURNED, true",
                "2027-01-14, false, true,  ADJOURNED, true",
                "2027-01-14, false, false, REMANDED,  true",
                "2027-01-14, false, false, ADJOURNED, false",
                "-,          true,  true,  REMANDED,  false",
            })
    void whichCourtDatesArePassedOn(
            LocalDate next, boolean lookedAfter, boolean remandActive, Outcome outcome, boolean share) {
        AppearanceAtCourt appearance = new AppearanceAtCourt(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LocalDate.of(2026, 12, 23),
                next,
                CourtKind.YOUTH_COURT,
                outcome,
                null,
                0);
        assertThat(appearance.courtDateToShare(lookedAfter, remandActive)).isEqualTo(share);
    }
}
