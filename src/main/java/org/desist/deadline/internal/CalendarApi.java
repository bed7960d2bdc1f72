package org.desist.deadline.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.desist.deadline.DateOutsideCalendarException;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.platform.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working-day arithmetic over the API, with the reasoning a user would want to see. */
@RestController
@Tag(name = "Calendar", description = "Working days in England and Wales")
@SecurityRequirement(name = "bearer")
class CalendarApi {

    static final int MAX_DAYS = 1000;
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final WorkingDayCalendar calendar;

    CalendarApi(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    record WorkingDays(LocalDate from, int add, LocalDate date, String explanation, List<Skipped> skipped) {}

    record Skipped(LocalDate date, String reason) {}

    @GetMapping("/api/v1/calendar/working-days")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The date N working days after a date (weekends and England and Wales bank holidays skipped)")
    WorkingDays workingDays(@RequestParam(required = false) String from, @RequestParam(required = false) String add) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate start = null;
        int days = 0;
        try {
            start = LocalDate.parse(from == null ? "" : from.trim());
        } catch (DateTimeParseException e) {
            problems.put("from", "Give 'from' as a date in the form YYYY-MM-DD");
        }
        try {
            days = Integer.parseInt(add == null ? "" : add.trim());
            if (days < 0 || days > MAX_DAYS) {
                problems.put("add", "'add' must be a whole number from 0 to " + MAX_DAYS);
            }
        } catch (NumberFormatException e) {
            problems.put("add", "'add' must be a whole number from 0 to " + MAX_DAYS);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        try {
            var addition = calendar.explainAddition(start, days);
            return new WorkingDays(
                    start,
                    days,
                    addition.date(),
                    explain(addition),
                    addition.skipped().stream()
                            .map(s -> new Skipped(s.date(), s.reason()))
                            .toList());
        } catch (DateOutsideCalendarException e) {
            throw new InvalidRequestException(Map.of("from", e.getMessage()));
        }
    }

    private static String explain(WorkingDayCalendar.Addition addition) {
        StringBuilder text = new StringBuilder()
                .append(addition.workingDays())
                .append(addition.workingDays() == 1 ? " working day after " : " working days after ")
                .append(SPOKEN.format(addition.from()))
                .append(" is ")
                .append(SPOKEN.format(addition.date()));
        var holidays = addition.bankHolidays();
        if (!holidays.isEmpty() || addition.weekendDays() > 0) {
            text.append(", skipping ");
            if (!holidays.isEmpty()) {
                text.append(holidays.size())
                        .append(holidays.size() == 1 ? " bank holiday (" : " bank holidays (")
                        .append(String.join(
                                ", ",
                                holidays.stream()
                                        .map(WorkingDayCalendar.Addition.Skipped::reason)
                                        .toList()))
                        .append(")");
                if (addition.weekendDays() > 0) {
                    text.append(" and ");
                }
            }
            if (addition.weekendDays() > 0) {
                text.append(addition.weekendDays()).append(" weekend days");
            }
        }
        return text.toString();
    }
}
