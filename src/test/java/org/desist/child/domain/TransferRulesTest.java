package org.desist.child.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a case may move to another youth justice service, one row per case. */
class TransferRulesTest {

    static final UUID HERE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID THERE = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @ParameterizedTest(name = "to {0} (exists {1}, clashes {2}), reason ''{3}'': {4}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "there | true  | false | Moved for good | -",
                "-     | false | false | Moved for good | toServiceId: Select the youth justice service the case moves to",
                "there | false | false | Moved for good | toServiceId: Select a youth justice service that exists",
                "here  | true  | false | Moved for good | toServiceId: Select another service: the case is already with Southmoor",
                "there | true  | true  | Moved for good | toServiceId: Southmoor already has a child with this local reference or PNC number: check it is not the same child before transferring",
                "there | true  | false | -              | reason: Enter why the case is moving to another service",
                "there | true  | false | '   '          | reason: Enter why the case is moving to another service",
            })
    void aTransferNeedsAnotherExistingServiceAndAReason(
            String to, boolean exists, boolean clashes, String reason, String expected) {
        UUID target = to == null ? null : to.equals("here") ? HERE : THERE;
        var problems = TransferRules.problems(
                HERE, target, exists ? Optional.of("Southmoor") : Optional.empty(), clashes, reason);
        if (expected == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).hasSize(1);
            var problem = problems.entrySet().iterator().next();
            assertThat(problem.getKey() + ": " + problem.getValue()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "a reason of {0} characters: {1}")
    @CsvSource({"2000, true", "2001, false"})
    void theReasonHasAReadableLength(int length, boolean accepted) {
        assertThat(TransferRules.problems(HERE, THERE, Optional.of("Southmoor"), false, "x".repeat(length)))
                .matches(p -> p.isEmpty() == accepted);
    }
}
