package org.desist.platform.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Errors from the JSON API as RFC 9457 problem details: 400 with each field's error, 404 for absent or
 * not yours, 409 for a stale version.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    record FieldError(String field, String message) {}

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has errors.");
        problem.setTitle("Invalid request");
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A body that could not be read. When the problem is one value (a date of 2020-02-31, an unknown choice, a
     * NUL byte, text over the length limit, a number where text is expected), the answer names its field, as a
     * JSON property path ({@code address.postcode}, {@code steps[0].note}), and says what is expected.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        JacksonException jackson = cause(ex, JacksonException.class);
        String field = jackson == null ? "" : field(jackson);
        if (!field.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has errors.");
            problem.setTitle("Invalid request");
            problem.setProperty("errors", List.of(new FieldError(field, expected(jackson))));
            return ResponseEntity.badRequest().body(problem);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The request body could not be read: check it is JSON and that dates are YYYY-MM-DD and "
                        + "choices are one of the documented values.");
        problem.setTitle("Unreadable request");
        return ResponseEntity.badRequest().body(problem);
    }

    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The JSON property path of the value that could not be read: {@code steps[0].note}; empty if none. */
    static String field(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What the field should hold, for the user. */
    static String expected(JacksonException ex) {
        if (ex instanceof JsonInput.RefusedValue refused) {
            return refused.getOriginalMessage();
        }
        if (ex instanceof StreamReadException) {
            String message = String.valueOf(ex.getOriginalMessage());
            if (message.contains("control character") || message.contains("CTRL-CHAR")) {
                return "Remove the control character: text may contain tabs and line breaks (escaped as \\t, \\n, "
                        + "\\r) but no other control characters";
            }
            return "This value is not valid JSON here";
        }
        Class<?> type = ex instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
        if (type == null) {
            return "This value could not be read";
        }
        if (type.isEnum()) {
            return "Enter one of: "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "Enter a real date as YYYY-MM-DD, like 2027-02-03";
        }
        if (type == LocalTime.class) {
            return "Enter a time as HH:MM on the 24-hour clock, like 14:30";
        }
        if (type == UUID.class) {
            return "Enter an id (a UUID, like 3f2b8c1e-5d4a-4b6e-9c2d-1a7e8f9b0c3d)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Enter true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "Enter a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "Enter a number";
        }
        if (type == String.class) {
            return "Enter text, in quotes";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "Enter a list, in square brackets";
        }
        return "Enter an object, in curly brackets, as the API documentation describes";
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has errors.");
        problem.setTitle("Invalid request");
        problem.setProperty(
                "errors",
                ex.errors().entrySet().stream()
                        .map(e -> new FieldError(e.getKey(), e.getValue()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(StaleRecordException.class)
    ProblemDetail stale(StaleRecordException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Stale version");
        problem.setType(URI.create("urn:desist:problem:stale-version"));
        problem.setProperty("changedBy", ex.changedBy());
        problem.setProperty("changedAt", ex.changedAt().toString());
        problem.setProperty("changes", ex.changes());
        problem.setProperty("currentVersion", ex.currentVersion());
        return problem;
    }
}
