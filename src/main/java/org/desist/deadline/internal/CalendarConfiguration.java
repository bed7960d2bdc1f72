package org.desist.deadline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.desist.deadline.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The calendar comes from the bank holidays shipped with Desist, or from a newer copy of the government
 * feed named by {@code desist.calendar.bank-holidays-file} (no rebuild needed).
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);
    static final String SHIPPED = "calendar/bank-holidays-england-and-wales.json";

    @Bean
    WorkingDayCalendar workingDayCalendar(@Value("${desist.calendar.bank-holidays-file:}") String file)
            throws IOException {
        try (InputStream in = file.isBlank()
                ? new ClassPathResource(SHIPPED).getInputStream()
                : Files.newInputStream(Path.of(file))) {
            WorkingDayCalendar calendar = new WorkingDayCalendar(BankHolidaysFeed.read(in));
            log.info(
                    "Working days: bank holidays from {}, known up to {}",
                    file.isBlank() ? "the shipped copy" : file,
                    calendar.coverageEnd());
            return calendar;
        }
    }
}
