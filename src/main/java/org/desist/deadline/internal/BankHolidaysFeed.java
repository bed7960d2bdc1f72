package org.desist.deadline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads bank holidays in the layout of the government's bank-holidays JSON feed: either the whole feed
 * ({"england-and-wales": {"division": ..., "events": [...]}, "scotland": ...}) or the England and Wales
 * division on its own ({"division": ..., "events": [{"title", "date"}]}).
 */
final class BankHolidaysFeed {

    static final String DIVISION = "england-and-wales";

    private BankHolidaysFeed() {}

    static Map<LocalDate, String> read(InputStream json) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        JsonNode division = root.has(DIVISION) ? root.get(DIVISION) : root;
        if (division.has("division")
                && !DIVISION.equals(division.get("division").asString())) {
            throw new IOException(
                    "The bank holidays are for " + division.get("division").asString() + ", not England and Wales");
        }
        JsonNode events = division.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw new IOException("No bank holidays ('events') found");
        }
        Map<LocalDate, String> holidays = new HashMap<>();
        for (JsonNode event : events) {
            holidays.put(
                    LocalDate.parse(event.get("date").asString()),
                    event.get("title").asString());
        }
        return holidays;
    }
}
