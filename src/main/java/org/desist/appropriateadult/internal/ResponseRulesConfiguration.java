package org.desist.appropriateadult.internal;

import java.time.LocalTime;
import org.desist.appropriateadult.ResponseRules;
import org.desist.deadline.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local settings of appropriate adult call-outs: the response target and the service's office hours. */
@Configuration(proxyBeanMethods = false)
class ResponseRulesConfiguration {

    @Bean
    ResponseRules appropriateAdultResponseRules(
            @Value("${desist.appropriate-adult.response-target-minutes:120}") int targetMinutes,
            @Value("${desist.appropriate-adult.office-hours-start:09:00}") LocalTime start,
            @Value("${desist.appropriate-adult.office-hours-end:17:00}") LocalTime end,
            WorkingDayCalendar calendar) {
        return new ResponseRules(targetMinutes, start, end, calendar);
    }
}
