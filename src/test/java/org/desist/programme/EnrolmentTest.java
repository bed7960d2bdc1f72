package org.desist.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An enrolment's rules as the aggregate applies them: who may be enrolled on what and from when, sessions of an
 * ongoing enrolment only, one ending. "Today" is Monday 1 February 2027; the intervention began on 18 December 2026.
 */
class EnrolmentTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final LocalDate BEGAN = LocalDate.of(2026, 12, 18);
    static final UUID SERVICE = UUID.randomUUID();
    static final UUID INTERVENTION = UUID.randomUUID();
    static final Programme CHOICES = programme(SERVICE, "Choices", true);

    @ParameterizedTest(name = "{0} from {1}, by \"{2}\": {3} {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "ours, 2027-01-04, Sam Patel, -, -",
                "ours, 2026-12-18, Sam Patel, -, -",
                "ours, 2028-02-01, Sam Patel, -, -",
                // Only the home service's own catalogue, and only what it still offers.
                "-, 2027-01-04, Sam Patel, programmeId, Select a programme your service runs",
                "another service's, 2027-01-04, Sam Patel, programmeId, Select a programme your service runs",
                "withdrawn, 2027-01-04, Sam Patel, programmeId, This programme has been withdrawn: select a programme still offered",
                "already on it, 2027-01-04, Sam Patel, programmeId, The child is already on this programme",
                "ours, -, Sam Patel, startDate, Enter the date the child starts the programme",
                "ours, 2026-12-17, Sam Patel, startDate, The programme cannot start before the intervention began (2026-12-18)",
                "ours, 2028-02-02, Sam Patel, startDate, The start date must be within the next year",
                "ours, 2027-01-04, '  ', deliveredBy, Enter who delivers the programme",
            })
    void aChildIsEnrolledOnAProgrammeTheirServiceStillOffers(
            String which, LocalDate start, String deliveredBy, String field, String message) {
        Programme programme = switch (which == null ? "none" : which) {
            case "ours", "already on it" -> CHOICES;
            case "another service's" -> programme(UUID.randomUUID(), "Choices", true);
            case "withdrawn" -> programme(SERVICE, "Old choices", false);
            default -> null;
        };
        List<Enrolment> already = "already on it".equals(which) ? List.of(ongoing()) : List.of();
        if (field == null) {
            Change<Enrolment> change = Enrolment.enrol(
                    UUID.randomUUID(),
                    INTERVENTION,
                    SERVICE,
                    BEGAN,
                    already,
                    programme,
                    start,
                    deliveredBy,
                    "sam",
                    TODAY);
            assertThat(change.isCreation()).isTrue();
            assertThat(change.after().programmeName()).isEqualTo("Choices");
            assertThat(change.after().counts().planned()).isEqualTo(6);
            assertThat(change.after().ongoing()).isTrue();
        } else {
            assertThatThrownBy(() -> Enrolment.enrol(
                            UUID.randomUUID(),
                            INTERVENTION,
                            SERVICE,
                            BEGAN,
                            already,
                            programme,
                            start,
                            deliveredBy,
                            "sam",
                            TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsEntry(field, message)
                                    .hasSize(1));
        }
    }

    @Test
    void anEndedProgrammeTakesNoSessionsAndDoesNotEndTwice() {
        Enrolment ended = ongoing()
                .complete(Completion.COMPLETED, LocalDate.of(2027, 1, 29), null, "sam", TODAY)
                .after();

        assertThatThrownBy(() -> ended.recordSession(
                        UUID.randomUUID(), LocalDate.of(2027, 1, 30), Attendance.ATTENDED, null, "sam", TODAY))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys("enrolment")
                                .containsValue(
                                        "This programme has ended for the child: no more sessions can be recorded"));
        assertThatThrownBy(() -> ended.complete(Completion.NOT_COMPLETED, TODAY, "Moved away", "sam", TODAY))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(java.util.Map.entry(
                                        "completion", "This programme has already ended for the child")));
    }

    @ParameterizedTest(name = "{0} on {1}, reason \"{2}\": reason kept \"{3}\"")
    @CsvSource(
            nullValues = "-",
            value = {
                "COMPLETED, 2027-01-29, -, -",
                "COMPLETED, 2027-01-29, Ignored when completed, -",
                "NOT_COMPLETED, 2027-01-20, '  Moved out of the area ', Moved out of the area",
            })
    void howItEndedIsTheNewStateAndTheTrailShowsIt(Completion how, LocalDate on, String reason, String kept) {
        Enrolment before = ongoing();
        Change<Enrolment> change = before.complete(how, on, reason, "sam", TODAY);

        assertThat(change.before()).isSameAs(before);
        assertThat(change.after().completion()).isEqualTo(how);
        assertThat(change.after().completedOn()).isEqualTo(on);
        assertThat(change.after().notCompletedReason()).isEqualTo(kept);
        assertThat(change.after().completedBy()).isEqualTo("sam");
        assertThat(Enrolment.AUDITED.changes(change.before(), change.after()))
                .extracting(c -> c.field())
                .containsExactlyElementsOf(
                        kept == null
                                ? List.of("Completion", "Ended on")
                                : List.of("Completion", "Ended on", "Why not completed"));
    }

    @Test
    void aSessionIsItsOwnRecordWithItsDateAndAttendanceInTheTrail() {
        Change<ProgrammeSession> change = ongoing()
                .recordSession(UUID.randomUUID(), LocalDate.of(2027, 1, 11), Attendance.ATTENDED, "  ", "sam", TODAY);

        assertThat(change.isCreation()).isTrue();
        assertThat(change.after().notes()).isNull();
        assertThat(Enrolment.SESSION_AUDITED.changes(null, change.after()))
                .extracting(c -> c.field() + ": " + c.newValue())
                .containsExactly("Date: 2027-01-11", "Attendance: Attended");
    }

    private static Enrolment ongoing() {
        return Enrolment.enrol(
                        UUID.randomUUID(),
                        INTERVENTION,
                        SERVICE,
                        BEGAN,
                        List.of(),
                        CHOICES,
                        LocalDate.of(2027, 1, 4),
                        "Sam Patel",
                        "sam",
                        TODAY)
                .after();
    }

    private static Programme programme(UUID service, String name, boolean active) {
        return new Programme(
                UUID.randomUUID(), service, name, Delivery.GROUP, ProgrammeTopic.KNIFE_CRIME, 6, null, active, 0);
    }
}
