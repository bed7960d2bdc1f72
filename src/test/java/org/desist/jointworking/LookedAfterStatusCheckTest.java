package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.desist.child.LookedAfterStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The looked-after status typed in the child's details against the one computed from the looked-after history:
 * which pairs agree, and what each side is said to say when they do not.
 */
class LookedAfterStatusCheckTest {

    @ParameterizedTest(name = "typed {0}, computed [{1}] → agree {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "NOT_LOOKED_AFTER            |                                     | true",
                "NOT_LOOKED_AFTER            | SECTION_20                          | false",
                "CARE_ORDER                  | CARE_ORDER                          | true",
                "CARE_ORDER                  | INTERIM_CARE_ORDER                  | true",
                "CARE_ORDER                  | SECTION_20                          | false",
                "CARE_ORDER                  |                                     | false",
                "SECTION_20                  | SECTION_20                          | true",
                "SECTION_20                  | CARE_ORDER                          | false",
                "REMANDED_TO_LOCAL_AUTHORITY | REMAND_TO_LOCAL_AUTHORITY           | true",
                "REMANDED_TO_LOCAL_AUTHORITY | REMAND_TO_YOUTH_DETENTION           | false",
                "REMANDED_TO_YOUTH_DETENTION | REMAND_TO_YOUTH_DETENTION           | true",
                // A care order continues through a remand: the typed remand is one of the bases in force.
                "REMANDED_TO_YOUTH_DETENTION | CARE_ORDER,REMAND_TO_YOUTH_DETENTION | true",
                "CARE_ORDER                  | CARE_ORDER,REMAND_TO_YOUTH_DETENTION | true",
                "REMANDED_TO_YOUTH_DETENTION |                                     | false",
            })
    void whichPairsAgree(LookedAfterStatus typed, String computed, boolean agree) {
        assertThat(LookedAfterStatusCheck.compare(typed, bases(computed)).isEmpty())
                .isEqualTo(agree);
    }

    @ParameterizedTest(name = "typed {0}, computed [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "CARE_ORDER       |                      | subject to a care order (section 31) | not looked after | record in the looked-after history what made them so",
                "NOT_LOOKED_AFTER | SECTION_20           | not looked after | looked after: accommodated under section 20 | correct the looked-after status in the child's details",
                "SECTION_20       | CARE_ORDER           | accommodated under section 20 | looked after: care order (section 31) | Check the legal basis with the child's social worker",
            })
    void whatEachSaysAndWhatToDo(
            LookedAfterStatus typed, String computed, String recordSays, String historySays, String todo) {
        var mismatch = LookedAfterStatusCheck.compare(typed, bases(computed)).orElseThrow();
        assertThat(mismatch.recordSays()).isEqualTo(recordSays);
        assertThat(mismatch.historySays()).isEqualTo(historySays);
        assertThat(mismatch.whatToDo()).contains(todo);
    }

    @org.junit.jupiter.api.Test
    void nothingTypedIsNothingToCompare() {
        assertThat(LookedAfterStatusCheck.compare(null, List.of(LegalBasis.CARE_ORDER)))
                .isEmpty();
    }

    private static List<LegalBasis> bases(String csv) {
        return csv == null || csv.isBlank()
                ? List.of()
                : Arrays.stream(csv.split(","))
                        .map(String::trim)
                        .map(LegalBasis::valueOf)
                        .toList();
    }
}
