package org.desist.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the inspectorate's framework for inspecting youth justice services, as published (HM Inspectorate
 * of Probation): its domains, standards, key questions and prompts, how a case-based standard is banded, what each
 * rating scores and how the scores band into the service's overall rating. Reference data: one file per version
 * ({@code quality/frameworks/<id>.json}), checked by {@link FrameworkRules} when the service starts; every audit and
 * rating records the version it used.
 *
 * @param numbersConfirmed false when the version's bands are not confirmed against the published framework; pages
 *     say so, with {@code numbersNote}
 */
public record Framework(
        String id,
        String title,
        String source,
        LocalDate inUseFrom,
        LocalDate inUseUntil,
        boolean numbersConfirmed,
        String numbersNote,
        List<PercentageBand> caseBasedBands,
        Map<Rating, Integer> scores,
        List<OverallRating> overallRatings,
        List<Domain> domains) {

    public Framework {
        caseBasedBands = List.copyOf(caseBasedBands);
        scores = Map.copyOf(scores);
        overallRatings = List.copyOf(overallRatings);
        domains = List.copyOf(domains);
    }

    public enum StandardKind {
        /** Rated from the cases inspected: its lowest key question's percentage, banded. */
        CASE_BASED("Case-based"),
        /** Rated by the inspectors' judgement of the service's organisation, with its evidence. */
        ORGANISATIONAL("Organisational");

        private final String label;

        StandardKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The work a case-based standard's cases are drawn from. */
    public enum CaseWork {
        COURT("Court disposals"),
        OUT_OF_COURT("Out-of-court disposals"),
        RESETTLEMENT("Resettlement"),
        BAIL_AND_REMAND("Bail and remand"),
        VICTIMS("Work with victims");

        private final String label;

        CaseWork(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The question a case-based key question asks of the work. */
    public enum Lens {
        DESISTANCE("Supporting desistance"),
        SAFETY_OF_THE_CHILD("Keeping the child safe"),
        SAFETY_OF_OTHERS("Keeping other people safe"),
        JOINT_WORKING("Joint working"),
        VICTIMS("Work with victims");

        private final String label;

        Lens(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Domain(String number, String title, List<Standard> standards) {
        public Domain {
            standards = List.copyOf(standards);
        }
    }

    /**
     * @param populations the work its cases come from (case-based standards only; one standard may span several)
     * @param mayBeUnrated whether it is left unrated when the service has no relevant cases ({@code unratedWhen})
     */
    public record Standard(
            String number,
            String title,
            StandardKind kind,
            List<CaseWork> populations,
            boolean mayBeUnrated,
            String unratedWhen,
            List<KeyQuestion> keyQuestions) {
        public Standard {
            populations = populations == null ? List.of() : List.copyOf(populations);
            keyQuestions = List.copyOf(keyQuestions);
        }

        public boolean caseBased() {
            return kind == StandardKind.CASE_BASED;
        }
    }

    /** @param lens the question it asks of the work (case-based key questions); null for an organisational one */
    public record KeyQuestion(String number, Lens lens, String text, List<Prompt> prompts) {
        public KeyQuestion {
            prompts = List.copyOf(prompts);
        }
    }

    /**
     * What inspectors consider for a key question, recorded per case as yes, no or not applicable.
     *
     * @param evidence the keys of the evidence rules ({@link Evidence#key()}) whose findings from the structured
     *     record are shown beside this prompt on an audit; none when the record holds nothing that informs it
     */
    public record Prompt(String code, String text, List<String> evidence) {
        public Prompt {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        public Prompt(String code, String text) {
            this(code, text, List.of());
        }
    }

    /** A case-based standard's rating when its lowest key question is at least {@code from} per cent. */
    public record PercentageBand(Rating rating, int from) {}

    /**
     * A rating of the service summed from standards' scores ({@code standards}; empty means every standard), banded
     * by how many of them were rated.
     */
    public record OverallRating(String name, List<String> standards, List<ScoreBands> bands) {
        public OverallRating {
            standards = List.copyOf(standards);
            bands = List.copyOf(bands);
        }
    }

    public record ScoreBands(int ratedStandards, List<ScoreBand> bands) {
        public ScoreBands {
            bands = List.copyOf(bands);
        }
    }

    /** A total score from {@code from} to {@code to}, inclusive. */
    public record ScoreBand(Rating rating, int from, int to) {}

    public List<Standard> standards() {
        return domains.stream().flatMap(d -> d.standards().stream()).toList();
    }

    public Optional<Standard> standard(String number) {
        return standards().stream().filter(s -> s.number().equals(number)).findFirst();
    }

    public List<KeyQuestion> keyQuestions() {
        return standards().stream().flatMap(s -> s.keyQuestions().stream()).toList();
    }

    /** The standards an overall rating sums: those it names, or every standard. */
    public List<Standard> standardsOf(OverallRating overall) {
        return overall.standards().isEmpty()
                ? standards()
                : standards().stream()
                        .filter(s -> overall.standards().contains(s.number()))
                        .toList();
    }
}
