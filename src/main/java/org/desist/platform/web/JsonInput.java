package org.desist.platform.web;

import java.lang.reflect.Type;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every JSON request body the API reads must satisfy before a handler sees it, whatever the operation: text
 * has no control characters (tab, line feed and carriage return are allowed) and at most
 * {@code desist.api.max-text-length} characters (10,000 unless configured); dates are real and between
 * {@link #EARLIEST} and {@link #LATEST}. A value that breaks one is refused with a 400 naming its field
 * ({@link ApiProblems}); PostgreSQL, which refuses NUL in text, never sees it. The modules' own rules (a date of
 * birth in the past, a shorter maximum for a name) apply after this, to the API and the pages alike.
 *
 * <p>The rules hold only while a request body is read ({@link BodyReading} marks it), not for JSON the
 * application reads back from its own database (the audit trail's changes may hold longer texts).
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    /** The request attribute that says a request body is being read. */
    static final String READING_BODY = JsonInput.class.getName() + ".READING_BODY";

    /** No date Desist records (a date of birth, an offence, a court date, an order's end) is earlier. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** Nor later: an order or review date decades ahead is a typing error, and the calendar stops much earlier. */
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** The request attribute holding each date the body gave, with its field, for errors found later. */
    static final String DATES_READ = JsonInput.class.getName() + ".DATES_READ";

    @Bean
    JacksonModule desistJsonInput(@Value("${desist.api.max-text-length:10000}") int maxTextLength) {
        SimpleModule module = new SimpleModule("desist-json-input");
        module.addDeserializer(String.class, new TextDeserializer(maxTextLength));
        module.addDeserializer(LocalDate.class, new DateDeserializer());
        return module;
    }

    /** Marks the reading of each {@code @RequestBody}, so that the rules apply to request bodies only. */
    @ControllerAdvice
    static class BodyReading extends RequestBodyAdviceAdapter {

        @Override
        public boolean supports(
                MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public HttpInputMessage beforeBodyRead(
                HttpInputMessage input,
                MethodParameter parameter,
                Type targetType,
                Class<? extends HttpMessageConverter<?>> converterType) {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(READING_BODY, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            }
            return input;
        }

        @Override
        public Object afterBodyRead(
                Object body,
                HttpInputMessage input,
                MethodParameter parameter,
                Type targetType,
                Class<? extends HttpMessageConverter<?>> converterType) {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.removeAttribute(READING_BODY, RequestAttributes.SCOPE_REQUEST);
            }
            return body;
        }
    }

    static boolean readingBody() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(READING_BODY, RequestAttributes.SCOPE_REQUEST) != null;
    }

    /** A value of the body that breaks one of these rules; its message is for the user. */
    static final class RefusedValue extends MismatchedInputException {

        RefusedValue(JsonParser parser, String message, Class<?> type) {
            super(parser, message, type);
        }
    }

    /** A date the body gave, at its field (the JSON property path, like {@code steps[0].date}). */
    record DateRead(String field, LocalDate date) {}

    /** The dates the current request's body gave, in the order read. */
    static List<DateRead> datesRead() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<DateRead> dates = (List<DateRead>) request.getAttribute(DATES_READ, RequestAttributes.SCOPE_REQUEST);
        return dates == null ? List.of() : dates;
    }

    /** The position of the parser's current value as a JSON property path: {@code address.postcode}. */
    static String path(TokenStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.currentName() != null) {
                parts.add(0, "." + c.currentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** The first character a text may not contain, or -1: U+0000–U+001F except tab, LF and CR, and U+007F. */
    static int forbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    static final class TextDeserializer extends StdScalarDeserializer<String> {

        private final int maxLength;

        TextDeserializer(int maxLength) {
            super(String.class);
            this.maxLength = maxLength;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (!readingBody()) {
                return StringDeserializer.instance.deserialize(p, ctxt);
            }
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT)
                    || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)
                    || p.hasToken(JsonToken.VALUE_TRUE)
                    || p.hasToken(JsonToken.VALUE_FALSE)) {
                throw new RefusedValue(p, "Enter text, in quotes: \"" + p.getText() + "\"", String.class);
            }
            String text = p.hasToken(JsonToken.VALUE_STRING)
                    ? p.getString()
                    : StringDeserializer.instance.deserialize(p, ctxt);
            if (text == null) {
                return null;
            }
            int forbidden = forbiddenCharacter(text);
            if (forbidden >= 0) {
                throw new RefusedValue(
                        p,
                        "Remove the control character U+%04X (character %d): text may contain tabs and line breaks but no other control characters"
                                .formatted((int) text.charAt(forbidden), forbidden + 1),
                        String.class);
            }
            if (text.length() > maxLength) {
                throw new RefusedValue(
                        p,
                        "Enter at most "
                                + NumberFormat.getIntegerInstance(Locale.UK).format(maxLength)
                                + " characters (this has "
                                + NumberFormat.getIntegerInstance(Locale.UK).format(text.length()) + ")",
                        String.class);
            }
            return text;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (!readingBody()) {
                return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            }
            String field = path(p.streamReadContext());
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (date == null) {
                return null;
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new RefusedValue(
                        p, "Enter a date from 1900-01-01 to 2100-12-31 (YYYY-MM-DD), not " + date, LocalDate.class);
            }
            remember(field, date);
            return date;
        }

        private static void remember(String field, LocalDate date) {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request == null) {
                return;
            }
            @SuppressWarnings("unchecked")
            List<DateRead> dates = (List<DateRead>) request.getAttribute(DATES_READ, RequestAttributes.SCOPE_REQUEST);
            if (dates == null) {
                dates = new ArrayList<>();
                request.setAttribute(DATES_READ, dates, RequestAttributes.SCOPE_REQUEST);
            }
            dates.add(new DateRead(field, date));
        }
    }
}
