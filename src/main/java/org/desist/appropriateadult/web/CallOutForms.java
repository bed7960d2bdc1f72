package org.desist.appropriateadult.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.desist.appropriateadult.CallOut;
import org.desist.appropriateadult.RotaSlot;
import org.desist.platform.Clocks;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.springframework.validation.BindingResult;

/** Reading a call-out form: dates with times (UK time), the attendee chosen, yes/no answers, the procedures. */
final class CallOutForms {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?$");

    /** The value of the radio for someone not on the rota. */
    static final String OTHER = "other";

    private CallOutForms() {}

    /** A time as people type it: "21:40", "9:40pm", "9pm", "09.40"; empty when it cannot be read. */
    static java.util.Optional<LocalTime> time(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        Matcher m = TIME.matcher(typed.strip().toLowerCase(Locale.UK));
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return java.util.Optional.empty();
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        } else if (m.group(2) == null) {
            return java.util.Optional.empty(); // "9" alone: morning or evening?
        }
        if (hour > 23 || minute > 59) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(LocalTime.of(hour, minute));
    }

    /** The date and time of two boxes as an instant in UK time; typing errors go on the binding. */
    static Instant instant(DateParts date, String time, String field, String what, BindingResult binding) {
        LocalDate day = FormErrors.date(date, field, "the date " + what, binding);
        java.util.Optional<LocalTime> at = time(time);
        if (at.isEmpty()) {
            binding.rejectValue(
                    field + "Time",
                    "invalid",
                    time == null || time.isBlank()
                            ? "Enter the time " + what
                            : "Enter the time " + what + " like 9:40pm or 21:40");
        }
        return day == null || at.isEmpty()
                ? null
                : ZonedDateTime.of(day, at.get(), Clocks.UK).toInstant();
    }

    /** The date of birth, when typed (it is not always known); a typing error goes on the binding. */
    static LocalDate dateOfBirth(DateParts parts, BindingResult binding) {
        if (parts == null || parts.isBlank()) {
            return null;
        }
        return FormErrors.date(parts, "childDateOfBirth", "the child's date of birth", binding);
    }

    /** The request as typed, with who attended chosen from those on call ({@code onCall}) or someone else. */
    static CallOut.Request request(CallOutForm f, List<RotaSlot> onCall, BindingResult binding) {
        Instant requestedAt =
                instant(f.getRequestedAt(), f.getRequestedAtTime(), "requestedAt", "the custody suite asked", binding);
        String suite = blank(f.getNewCustodySuite()) ? f.getCustodySuite() : f.getNewCustodySuite();
        LocalDate dob = dateOfBirth(f.getChildDateOfBirth(), binding);
        RotaSlot chosen = onCall.stream()
                .filter(s -> value(s).equals(f.getAttendeeName()))
                .findFirst()
                .orElse(null);
        boolean other = OTHER.equals(f.getAttendeeName());
        if (other && blank(f.getOtherAttendee())) {
            binding.rejectValue("otherAttendee", "invalid", "Enter the name of who attended");
        }
        return new CallOut.Request(
                suite,
                requestedAt,
                f.getChildName(),
                dob,
                chosen == null ? null : chosen.userId(),
                chosen != null ? chosen.name() : other ? f.getOtherAttendee() : null,
                chosen != null || !other,
                f.getOffRotaReason());
    }

    /** The leaving as typed. */
    static CallOut.Leaving leaving(CallOutForm f, BindingResult binding) {
        Instant leftAt = instant(f.getLeftAt(), f.getLeftAtTime(), "leftAt", "the appropriate adult left", binding);
        Set<CallOut.Procedure> procedures = EnumSet.noneOf(CallOut.Procedure.class);
        for (String p : f.getProcedures() == null ? List.<String>of() : f.getProcedures()) {
            CallOut.Procedure procedure = choice(CallOut.Procedure.class, p);
            if (procedure != null) {
                procedures.add(procedure);
            }
        }
        return new CallOut.Leaving(
                leftAt,
                procedures,
                choice(CallOut.Outcome.class, f.getOutcome()),
                yesNo(f.getKeptOvernight()),
                yesNo(f.getAccommodationRequested()),
                yesNo(f.getAccommodationProvided()),
                f.getAccommodationReason());
    }

    /** The form filled from a call-out, for correcting it. */
    static CallOutForm of(CallOut c) {
        CallOutForm f = new CallOutForm();
        f.setVersion(c.version());
        f.setCustodySuite(c.custodySuite());
        ZonedDateTime requested = c.requestedAt().atZone(Clocks.UK);
        f.setRequestedAt(DateParts.of(requested.toLocalDate()));
        f.setRequestedAtTime(clock(requested.toLocalTime()));
        f.setChildName(c.childName());
        f.setChildDateOfBirth(DateParts.of(c.childDateOfBirth()));
        f.setAttendeeName(
                c.offRotaReason() == null
                        ? (c.attendeeUserId() != null ? "staff:" + c.attendeeUserId() : "volunteer:" + c.attendeeName())
                        : OTHER);
        f.setOtherAttendee(c.offRotaReason() == null ? null : c.attendeeName());
        f.setOffRotaReason(c.offRotaReason());
        if (c.arrivedAt() != null) {
            ZonedDateTime arrived = c.arrivedAt().atZone(Clocks.UK);
            f.setArrivedAt(DateParts.of(arrived.toLocalDate()));
            f.setArrivedAtTime(clock(arrived.toLocalTime()));
        }
        if (c.leftAt() != null) {
            ZonedDateTime left = c.leftAt().atZone(Clocks.UK);
            f.setLeftAt(DateParts.of(left.toLocalDate()));
            f.setLeftAtTime(clock(left.toLocalTime()));
        }
        f.setProcedures(new java.util.ArrayList<>(
                c.procedures().stream().map(Enum::name).toList()));
        f.setOutcome(c.outcome() == null ? null : c.outcome().name());
        f.setKeptOvernight(yesNo(c.keptOvernight()));
        f.setAccommodationRequested(yesNo(c.accommodationRequested()));
        f.setAccommodationProvided(yesNo(c.accommodationProvided()));
        f.setAccommodationReason(c.accommodationReason());
        f.setLinkedRecordId(
                c.linkedRecordId() == null ? null : c.linkedRecordId().toString());
        return f;
    }

    /** The radio value of someone on call. */
    static String value(RotaSlot s) {
        return s.volunteer() ? "volunteer:" + s.name() : "staff:" + s.userId();
    }

    static String clock(LocalTime t) {
        return String.format(Locale.UK, "%02d:%02d", t.getHour(), t.getMinute());
    }

    static UUID id(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Boolean yesNo(String v) {
        return "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }

    /** The choice posted, or null when none (or one that is not on the page) was posted. */
    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
