package org.desist;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.desist.platform.Clocks;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * "Today" is Monday 1 February 2027, 10:00 in the UK, for tests whose casework runs across Christmas 2026 and
 * must not be in the future. Tests that import it share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class February2027 {

    @Bean
    @Primary
    Clock february2027() {
        return Clock.fixed(ZonedDateTime.of(2027, 2, 1, 10, 0, 0, 0, Clocks.UK).toInstant(), Clocks.UK);
    }
}
