package org.desist.quality.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.desist.child.ChildSummary;
import org.desist.quality.AuditResults;
import org.desist.quality.CaseAuditResults;
import org.desist.quality.InspectionRatings;

/**
 * The results as CSV (Apache Commons CSV): one row per key question per breakdown (all cases, each team, each case
 * manager), with its figure, whether it is suppressed, and its standard's rating. For QA leads and managers the
 * all-cases rows name the cases answered no; the Board's export has no child and no case manager.
 */
final class AuditResultsCsv {

    static final String[] HEADER = {
        "Framework",
        "Breakdown",
        "Name",
        "Audits",
        "Standard",
        "Standard rating",
        "Key question",
        "Yes",
        "Applicable cases",
        "Percentage",
        "Rounded percentage",
        "Cases answered no"
    };

    private AuditResultsCsv() {}

    static String write(CaseAuditResults.Results shown) {
        AuditResults r = shown.results();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            rows(csv, shown, "All cases", "All cases", r.audits(), r.standards());
            for (AuditResults.Breakdown b : r.byTeam()) {
                rows(csv, shown, "Team", b.name(), b.audits(), b.standards());
            }
            for (AuditResults.Breakdown b : r.byCaseManager()) {
                rows(csv, shown, "Case manager", b.name(), b.audits(), b.standards());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void rows(
            CSVPrinter csv,
            CaseAuditResults.Results shown,
            String breakdown,
            String name,
            int audits,
            List<AuditResults.StandardResult> standards)
            throws IOException {
        for (AuditResults.StandardResult s : standards) {
            String rating = s.suppressed()
                    ? "Suppressed: fewer than " + shown.results().suppressedBelow() + " cases"
                    : s.rating().map(x -> x.label()).orElse("No applicable cases");
            for (AuditResults.KeyQuestionResult kq : s.keyQuestions()) {
                InspectionRatings.KeyQuestionFigure f = kq.figure();
                String noes = "All cases".equals(breakdown) && !shown.board()
                        ? shown.results().casesBehindNo().stream()
                                .filter(n ->
                                        n.keyQuestion().equals(kq.keyQuestion().number()))
                                .map(n -> child(shown, n))
                                .collect(Collectors.joining("; "))
                        : "";
                csv.printRecord(
                        shown.results().framework().id(),
                        breakdown,
                        name,
                        audits,
                        s.standard().number() + " " + s.standard().title(),
                        rating,
                        kq.keyQuestion().number(),
                        kq.suppressed() ? "" : f.yes(),
                        kq.suppressed() ? "fewer than " + shown.results().suppressedBelow() : f.applicable(),
                        kq.suppressed()
                                ? "suppressed"
                                : kq.percentage().map(p -> p.toPlainString()).orElse(""),
                        kq.rounded().map(String::valueOf).orElse(""),
                        noes);
            }
        }
    }

    private static String child(CaseAuditResults.Results shown, AuditResults.CaseBehindNo no) {
        ChildSummary c = shown.children().get(no.childId());
        return c == null ? "" : c.name() + " (" + c.localReference() + ")";
    }
}
