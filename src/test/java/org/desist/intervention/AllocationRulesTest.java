package org.desist.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reallocation and caretaking rules, one row per case. */
class AllocationRulesTest {

    static final UUID HOME = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID HOST = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID CURRENT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID COLLEAGUE = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID OUTSIDER = UUID.fromString("00000000-0000-0000-0000-000000000003");

    static Intervention intervention(String status, String start, String referred, UUID host, String caretakingFrom) {
        return new Intervention(
                UUID.randomUUID(),
                HOME,
                host,
                UUID.randomUUID(),
                InterventionType.REFERRAL_ORDER,
                start == null ? null : LocalDate.parse(start),
                null,
                Intervention.Status.valueOf(status),
                null,
                null,
                null,
                CURRENT,
                0,
                referred == null ? null : LocalDate.parse(referred),
                caretakingFrom == null ? null : LocalDate.parse(caretakingFrom));
    }

    static UUID person(String who) {
        if (who == null) {
            return null;
        }
        return switch (who) {
            case "current" -> CURRENT;
            case "colleague" -> COLLEAGUE;
            case "outsider" -> OUTSIDER;
            default -> null;
        };
    }

    @ParameterizedTest(name = "{0} {1} to {2} from {3}: {5}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "ACTIVE   | 2026-12-10 | colleague | 2026-12-14 | Caseload | -",
                "ACTIVE   | 2026-12-10 | colleague | 2026-12-10 | Caseload | -",
                "REFERRED | -          | colleague | 2026-11-20 | Caseload | -",
                "REFERRED | -          | colleague | 2026-11-19 | Caseload | from: The date must be on or after the intervention began",
                "ACTIVE   | 2026-12-10 | colleague | 2026-12-09 | Caseload | from: The date must be on or after the intervention began",
                "ACTIVE   | 2026-12-10 | -         | 2026-12-14 | Caseload | caseManagerId: Select the new case manager",
                "ACTIVE   | 2026-12-10 | outsider  | 2026-12-14 | Caseload | caseManagerId: Select a case manager from this youth justice service",
                "ACTIVE   | 2026-12-10 | current   | 2026-12-14 | Caseload | caseManagerId: Select a different case manager: this one already holds it",
                "ACTIVE   | 2026-12-10 | colleague | -          | Caseload | from: Enter the date the new case manager takes over",
                "ACTIVE   | 2026-12-10 | colleague | 2026-12-14 | ' '      | reason: Enter why the intervention is being reallocated",
                "CLOSED   | 2026-12-10 | colleague | 2026-12-14 | Caseload | caseManagerId: This intervention is closed: it cannot be reallocated",
            })
    void reallocation(String status, String start, String to, String from, String reason, String expected) {
        var problems = AllocationRules.reallocation(
                intervention(status, start, "2026-11-20", null, null),
                person(to),
                Set.of(CURRENT, COLLEAGUE),
                from == null ? null : LocalDate.parse(from),
                reason);
        if (expected == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems.entrySet().iterator().next().getKey() + ": "
                            + problems.values().iterator().next())
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}, host {1} (exists {2}), current host {3}, from {4}: {5}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "ACTIVE | host  | true  | -    | 2026-12-15 | -",
                "ACTIVE | host  | true  | -    | 2026-12-10 | -",
                "ACTIVE | host  | true  | -    | 2026-12-09 | caretakingFrom: Caretaking cannot start before the intervention began",
                "ACTIVE | host  | false | -    | 2026-12-15 | hostServiceId: Select a youth justice service that exists",
                "ACTIVE | home  | true  | -    | 2026-12-15 | hostServiceId: Select another service: this is the child's home service",
                "ACTIVE | -     | false | -    | 2026-12-15 | hostServiceId: Select the youth justice service that will deliver the work",
                "ACTIVE | host  | true  | host | 2026-12-15 | hostServiceId: A caretaking arrangement is already in place: end it first",
                "ACTIVE | host  | true  | -    | -          | caretakingFrom: Enter the date caretaking starts",
                "CLOSED | host  | true  | -    | 2026-12-15 | hostServiceId: This intervention is closed: nobody can deliver it now",
            })
    void caretaking(
            String status, String hostService, boolean exists, String currentHost, String from, String expected) {
        var problems = AllocationRules.caretaking(
                intervention(status, "2026-12-10", null, service(currentHost), null),
                service(hostService),
                exists,
                from == null ? null : LocalDate.parse(from));
        if (expected == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems.entrySet().iterator().next().getKey() + ": "
                            + problems.values().iterator().next())
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "host {0} since {1}, ended {2}: {3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "host | 2026-12-15 | 2027-02-01 | -",
                "host | 2026-12-15 | 2026-12-15 | -",
                "host | 2026-12-15 | 2026-12-14 | Caretaking cannot end before it started",
                "host | 2026-12-15 | -          | Enter the date caretaking ended",
                "-    | -          | 2027-02-01 | There is no caretaking arrangement to end",
            })
    void endOfCaretaking(String currentHost, String since, String on, String expected) {
        var problems = AllocationRules.endOfCaretaking(
                intervention("ACTIVE", "2026-12-10", null, service(currentHost), since),
                on == null ? null : LocalDate.parse(on));
        if (expected == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsEntry("caretakingTo", expected);
        }
    }

    static UUID service(String which) {
        return which == null ? null : which.equals("home") ? HOME : HOST;
    }
}
