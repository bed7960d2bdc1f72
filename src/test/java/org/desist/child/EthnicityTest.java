package org.desist.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EthnicityTest {

    @ParameterizedTest(name = "{0} is in group {1}, BAME {2}")
    @CsvSource({
        "WHITE_BRITISH, WHITE, false",
        "WHITE_IRISH, WHITE, false",
        "WHITE_GYPSY_OR_IRISH_TRAVELLER, WHITE, false",
        "WHITE_ROMA, WHITE, false",
        "WHITE_OTHER, WHITE, false",
        "MIXED_WHITE_AND_BLACK_CARIBBEAN, MIXED, true",
        "MIXED_WHITE_AND_BLACK_AFRICAN, MIXED, true",
        "MIXED_WHITE_AND_ASIAN, MIXED, true",
        "MIXED_OTHER, MIXED, true",
        "ASIAN_INDIAN, ASIAN, true",
        "ASIAN_PAKISTANI, ASIAN, true",
        "ASIAN_BANGLADESHI, ASIAN, true",
        "ASIAN_CHINESE, ASIAN, true",
        "ASIAN_OTHER, ASIAN, true",
        "BLACK_AFRICAN, BLACK, true",
        "BLACK_CARIBBEAN, BLACK, true",
        "BLACK_OTHER, BLACK, true",
        "OTHER_ARAB, OTHER, true",
        "OTHER_ANY, OTHER, true",
        "NOT_STATED, NOT_KNOWN, false",
    })
    void eachCategoryBelongsToItsAggregateGroup(Ethnicity ethnicity, EthnicGroup group, boolean bame) {
        assertThat(ethnicity.group()).isEqualTo(group);
        assertThat(ethnicity.group().blackAndMinorityEthnic()).isEqualTo(bame);
    }

    @Test
    void theTableAboveCoversEveryCategory() {
        assertThat(Ethnicity.values()).hasSize(20);
        assertThat(Arrays.stream(Ethnicity.values()).map(Ethnicity::label)).doesNotHaveDuplicates();
    }
}
