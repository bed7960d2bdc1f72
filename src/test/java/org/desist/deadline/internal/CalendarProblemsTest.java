package org.desist.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.desist.deadline.DateOutsideCalendarException;
import org.desist.platform.web.PageProblems;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** Each way a date beyond the calendar can reach a user, and what they get instead of a 500. */
class CalendarProblemsTest {

    private final CalendarProblems problems = new CalendarProblems();
    private final DateOutsideCalendarException outside =
            new DateOutsideCalendarException(LocalDate.of(2029, 1, 15), LocalDate.of(2028, 12, 31));

    @Test
    void aFormPostGoesBackToItsPage() {
        var request = new MockHttpServletRequest("POST", "/out-of-court/1/bail-date");
        request.getSession(true);
        request.addHeader("Referer", "http://localhost/out-of-court/1/bail-date");
        var answer = (ResponseEntity<?>) problems.outside(outside, null, request, new MockHttpServletResponse());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(answer.getHeaders().getLocation()).hasToString("/out-of-court/1/bail-date");
    }

    @Test
    void aPageThatOnlyShowsIsA503WithTheMessageNotALoop() {
        var request = new MockHttpServletRequest("GET", "/work");
        var answer = (ModelAndView) problems.outside(outside, null, request, new MockHttpServletResponse());
        assertThat(answer.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getViewName()).isEqualTo("error");
        assertThat((String) answer.getModel().get(PageProblems.ATTRIBUTE)).contains("runs to 31 December 2028");
    }

    @Test
    void anApiReadIsA503Problem() {
        var request = new MockHttpServletRequest("GET", "/api/v1/children/1/due-items");
        var answer = (ResponseEntity<?>) problems.outside(outside, null, request, new MockHttpServletResponse());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("lastCoveredDay", "2028-12-31");
    }

    @Test
    void anApiWriteWithoutTheDateInItsBodyIsA400SayingWhy() {
        var request = new MockHttpServletRequest("POST", "/api/v1/interventions/1/activate");
        var answer = (ResponseEntity<?>) problems.outside(outside, null, request, new MockHttpServletResponse());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).contains("bank holiday calendar runs to");
    }
}
