package org.desist.quality.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.web.DateParts;
import org.desist.quality.Framework;
import org.desist.quality.PublishedInspection;
import org.desist.quality.Rating;

/**
 * The "enter a published inspection" form, as typed: one box per case-based key question ({@code kq-2-1-1}, blank
 * when the report gives no figure because no case applied) and one rating per standard ({@code pub-1-1}; for an
 * organisational standard it is also the judgement the rules count). Field ids double as the error summary's links.
 */
public class InspectionForm {

    final Map<String, String> typed;
    final Map<String, String> problems = new LinkedHashMap<>();

    private InspectionForm(Map<String, String> typed) {
        this.typed = typed;
    }

    static InspectionForm of(Map<String, String> params) {
        return new InspectionForm(new LinkedHashMap<>(params));
    }

    static String keyQuestionField(String number) {
        return "kq-" + number.replace('.', '-');
    }

    static String publishedField(String number) {
        return "pub-" + number.replace('.', '-');
    }

    /** The page's field for one of the module's problems (e.g. {@code keyQuestions.2.1.1} → {@code kq-2-1-1}). */
    static String fieldOf(String problem) {
        if (problem.startsWith("keyQuestions.")) {
            return keyQuestionField(problem.substring("keyQuestions.".length()));
        }
        if (problem.startsWith("organisational.")) {
            return publishedField(problem.substring("organisational.".length()));
        }
        if (problem.startsWith("published.")) {
            return publishedField(problem.substring("published.".length()));
        }
        return switch (problem) {
            case "publishedOn" -> "publishedOn-day";
            case "keyQuestions" -> "kq";
            default -> problem;
        };
    }

    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

    UUID serviceId() {
        try {
            return UUID.fromString(value("serviceId"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The report as typed, with the boxes that cannot be read put on {@link #problems}. */
    PublishedInspection.Report report(Framework framework) {
        Map<String, Rating> organisational = new LinkedHashMap<>();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        Map<String, Rating> published = new LinkedHashMap<>();
        for (Framework.Standard s : framework.standards()) {
            Rating rating = rating(publishedField(s.number()));
            if (rating != null) {
                published.put(s.number(), rating);
                if (!s.caseBased()) {
                    organisational.put(s.number(), rating);
                }
            }
            if (s.caseBased()) {
                for (Framework.KeyQuestion kq : s.keyQuestions()) {
                    figures.put(kq.number(), percentage(kq));
                }
            }
        }
        var date = DateParts.of(value("publishedOn.day"), value("publishedOn.month"), value("publishedOn.year"));
        java.time.LocalDate publishedOn = date.toDate().orElse(null);
        if (!date.isBlank() && publishedOn == null) {
            date.problem("the date the report was published").ifPresent(p -> problems.put("publishedOn-day", p));
        }
        return new PublishedInspection.Report(
                value("title"),
                publishedOn,
                value("reportUrl"),
                organisational,
                figures,
                published,
                rating("publishedOverall"));
    }

    private BigDecimal percentage(Framework.KeyQuestion kq) {
        String field = keyQuestionField(kq.number());
        String text = value(field).strip().replace("%", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal p = new BigDecimal(text);
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.put(field, "Key question " + kq.number() + " must be a percentage from 0 to 100");
            }
            return p;
        } catch (NumberFormatException e) {
            problems.put(field, "Key question " + kq.number() + " must be a percentage, like 72 or 72.5");
            return null;
        }
    }

    private Rating rating(String field) {
        try {
            return value(field).isEmpty() ? null : Rating.valueOf(value(field));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
