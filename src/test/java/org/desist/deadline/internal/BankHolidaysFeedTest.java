package org.desist.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankHolidaysFeedTest {

    @Test
    void readsTheWholeGovernmentFeedTakingEnglandAndWalesOnly() throws IOException {
        String feed = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                   {"title": "Christmas Day", "date": "2029-12-25", "notes": "", "bunting": true}]},
                 "scotland": {"division": "scotland", "events": [
                   {"title": "St Andrew's Day", "date": "2029-11-30", "notes": "", "bunting": true}]}}
                """;
        var holidays = BankHolidaysFeed.read(stream(feed));
        assertThat(holidays).containsOnlyKeys(LocalDate.of(2029, 12, 25));
    }

    @Test
    void readsTheEnglandAndWalesDivisionOnItsOwn() throws IOException {
        String division = """
                {"division": "england-and-wales", "events": [{"title": "Boxing Day", "date": "2029-12-26"}]}
                """;
        assertThat(BankHolidaysFeed.read(stream(division))).containsEntry(LocalDate.of(2029, 12, 26), "Boxing Day");
    }

    @Test
    void refusesAnotherDivisionOrNoEvents() {
        assertThatThrownBy(() -> BankHolidaysFeed.read(stream("{\"division\": \"scotland\", \"events\": []}")))
                .hasMessageContaining("not England and Wales");
        assertThatThrownBy(() -> BankHolidaysFeed.read(stream("{\"division\": \"england-and-wales\"}")))
                .hasMessageContaining("No bank holidays");
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
