package org.desist.deadline.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
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

/**
 * A date beyond the bank-holiday data, wherever a user's date fed a due-item computation (a bail date, a
 * referral or court date, an intervention's start…): in the API a 400 naming the body's field that gave the date;
 * on a page, back to the page the user was on with the message in its error summary. Never a 500; the
 * transaction that would have saved the record is rolled back.
 */
@ControllerAdvice
class CalendarProblems {

    private static final Logger log = LoggerFactory.getLogger(CalendarProblems.class);

    @ExceptionHandler(DateOutsideCalendarException.class)
    ResponseEntity<?> outside(
            DateOutsideCalendarException ex,
            HandlerMethod handler,
            HttpServletRequest request,
            HttpServletResponse response) {
        log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
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
        String target = PageProblems.keepForBack(request, response, "Nothing was saved. " + ex.userMessage() + ".");
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(target))
                .build();
    }

    private static boolean api(HandlerMethod handler, HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (handler != null
                        && (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                                || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseBody.class)));
    }
}
