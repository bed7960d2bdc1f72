package org.desist.deadline.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.desist.deadline.DateOutsideCalendarException;
import org.desist.platform.web.PageProblems;
import org.desist.platform.web.RequestBodyDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * A date beyond the bank-holiday data, wherever a user's date fed a due-item computation (a bail date, a
 * referral or court date, an intervention's start…): in the API a 400 naming the body's field that gave the date;
 * on a page's form post, back to the page the user was on with the message in its error summary (a page that
 * only shows, counting from a stored date, answers 503 with the message: the calendar needs updating). Never a 500; the
 * transaction that would have saved the record is rolled back.
 */
@ControllerAdvice
class CalendarProblems {

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final Logger log = LoggerFactory.getLogger(CalendarProblems.class);

    @ExceptionHandler(DateOutsideCalendarException.class)
    Object outside(
            DateOutsideCalendarException ex,
            HandlerMethod handler,
            HttpServletRequest request,
            HttpServletResponse response) {
        log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (api(handler, request) && reading) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Desist's bank holiday calendar runs to " + SPOKEN.format(ex.lastCoveredDay())
                            + " and this answer needs working days after it: ask your administrator to install a "
                            + "newer copy of the bank holidays.");
            problem.setTitle("Calendar out of date");
            problem.setProperty("lastCoveredDay", ex.lastCoveredDay().toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
        }
        if (api(handler, request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has errors.");
            problem.setTitle("Invalid request");
            String message = ex.userMessage();
            problem.setProperty(
                    "errors",
                    RequestBodyDates.fieldOf(ex.date())
                            .map(field -> List.of(Map.of("field", field, "message", message)))
                            .orElse(List.of()));
            problem.setProperty("lastCoveredDay", ex.lastCoveredDay().toString());
            if (RequestBodyDates.fieldOf(ex.date()).isEmpty()) {
                problem.setDetail(message);
            }
            return ResponseEntity.badRequest().body(problem);
        }
        if (!reading) {
            String target = PageProblems.keepForBack(request, response, "Nothing was saved. " + ex.userMessage() + ".");
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(target))
                    .build();
        }
        // A page that only shows (a due date counted from a stored date): going back could come here again.
        ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject(
                PageProblems.ATTRIBUTE,
                "Desist's bank holiday calendar runs to " + SPOKEN.format(ex.lastCoveredDay())
                        + " and this page needs working days after it: ask your administrator to install a newer "
                        + "copy of the bank holidays.");
        return page;
    }

    private static boolean api(HandlerMethod handler, HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (handler != null
                        && (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                                || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseBody.class)));
    }
}
