package org.desist.quality;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.desist.quality.Framework.CaseWork;

/** What a QA lead asks for when they create an audit round: its kind, title or theme, work, framework and fieldwork date. */
public record RoundPlan(
        RoundPlan.Kind kind, String title, RoundPlan.Scope scope, String frameworkId, LocalDate fieldworkDate) {

    static final int MOST_TITLE = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public enum Kind {
        MOCK_INSPECTION("Mock inspection"),
        THEMED_AUDIT("Themed audit");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The work a round samples. */
    public enum Scope {
        COURT("Court disposals", List.of(CaseWork.COURT)),
        OUT_OF_COURT("Out-of-court disposals", List.of(CaseWork.OUT_OF_COURT)),
        BOTH("Court and out-of-court disposals", List.of(CaseWork.COURT, CaseWork.OUT_OF_COURT));

        private final String label;
        private final List<CaseWork> works;

        Scope(String label, List<CaseWork> works) {
            this.label = label;
            this.works = works;
        }

        public String label() {
            return label;
        }

        public List<CaseWork> works() {
            return works;
        }
    }

    /** A mock inspection always samples court and out-of-court work together. */
    public Scope scopeDrawn() {
        return kind == Kind.MOCK_INSPECTION ? Scope.BOTH : scope;
    }

    /** The title given, or for a mock inspection without one "Mock inspection, fieldwork 3 March 2027". */
    public String titleGiven() {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        return kind == Kind.MOCK_INSPECTION && fieldworkDate != null
                ? "Mock inspection, fieldwork " + fieldworkDate.format(DATE)
                : "";
    }

    /**
     * What is wrong with a plan: a kind; for a themed audit its theme and work; a framework that has a standard for
     * each kind of work drawn; a fieldwork date no later than the soonest window allows, so every eligible case has
     * started by today.
     */
    public Map<String, String> problems(Optional<Framework> framework, SampleWindows windows, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind() == null) {
            problems.put("kind", "Select whether this is a mock inspection or a themed audit");
        } else if (kind() == Kind.THEMED_AUDIT) {
            if (title() == null || title().isBlank()) {
                problems.put("title", "Enter the audit's theme, like 'Safety planning on referral orders'");
            }
            if (scope() == null) {
                problems.put("scope", "Select the work to sample");
            }
        }
        if (title() != null && title().strip().length() > MOST_TITLE) {
            problems.put("title", "The title must be " + MOST_TITLE + " characters or fewer");
        }
        if (framework.isEmpty()) {
            problems.put("frameworkId", "Select the framework the round audits against");
        } else if (scopeDrawn() != null) {
            for (CaseWork work : scopeDrawn().works()) {
                boolean covered = framework.get().standards().stream()
                        .anyMatch(s -> s.caseBased() && s.populations().contains(work));
                if (!covered) {
                    problems.putIfAbsent(
                            "frameworkId",
                            "The " + framework.get().title() + " have no standard for "
                                    + work.label().toLowerCase(Locale.UK) + ": choose another framework");
                }
            }
        }
        if (fieldworkDate() == null) {
            problems.put("fieldworkDate", "Enter the fieldwork date");
        } else if (scopeDrawn() != null) {
            int soonest = scopeDrawn().works().stream()
                    .mapToInt(w -> windows.of(w).fromMonths())
                    .min()
                    .orElse(0);
            LocalDate latest = today.plusMonths(soonest);
            if (fieldworkDate().isAfter(latest)) {
                problems.put(
                        "fieldworkDate",
                        "The fieldwork date must be " + latest.format(DATE) + " or earlier, so that every case it"
                                + " samples has already started");
            }
        }
        return problems;
    }
}
