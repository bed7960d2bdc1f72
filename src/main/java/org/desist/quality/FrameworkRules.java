package org.desist.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.desist.quality.Framework.KeyQuestion;
import org.desist.quality.Framework.OverallRating;
import org.desist.quality.Framework.PercentageBand;
import org.desist.quality.Framework.Prompt;
import org.desist.quality.Framework.ScoreBand;
import org.desist.quality.Framework.ScoreBands;
import org.desist.quality.Framework.Standard;

/**
 * What makes a framework version's file usable: numbered as the inspectorate numbers it (standard 2.1 in domain 2,
 * key question 2.1.1 in standard 2.1), every standard with key questions and every key question with prompts,
 * case-based standards with their work and lens, evidence rules that exist ({@link EvidenceRules}), and bands that rate every percentage and every possible score
 * exactly once. A file that breaks one is refused when the service starts, with each problem named.
 */
public final class FrameworkRules {

    private FrameworkRules() {}

    /** Each problem with the framework, in the order found; empty when it is usable. */
    public static List<String> problems(Framework f) {
        List<String> problems = new ArrayList<>();
        if (blank(f.id()) || !f.id().matches("[A-Z][A-Z0-9-]{1,30}")) {
            problems.add("The framework's id must be capitals, digits and hyphens, like HMIP-2018: " + f.id());
        }
        if (blank(f.title()) || blank(f.source())) {
            problems.add("The framework needs a title and the document it comes from");
        }
        if (f.inUseFrom() == null || (f.inUseUntil() != null && f.inUseUntil().isBefore(f.inUseFrom()))) {
            problems.add("The framework needs the date it was first used, before any date it was last used");
        }
        if (!f.numbersConfirmed() && blank(f.numbersNote())) {
            problems.add("A framework whose numbers are unconfirmed must say why (numbersNote)");
        }
        if (!f.scores().keySet().equals(EnumSet.allOf(Rating.class))) {
            problems.add("Every rating needs a score: " + f.scores());
        }
        caseBands(f.caseBasedBands(), problems);
        structure(f, problems);
        for (OverallRating overall : f.overallRatings()) {
            overall(f, overall, problems);
        }
        if (f.overallRatings().isEmpty()) {
            problems.add("The framework needs at least one overall rating");
        }
        return problems;
    }

    private static void caseBands(List<PercentageBand> bands, List<String> problems) {
        Set<Rating> rated = EnumSet.noneOf(Rating.class);
        Set<Integer> froms = new HashSet<>();
        boolean fromZero = false;
        for (PercentageBand band : bands) {
            if (!rated.add(band.rating()) || !froms.add(band.from()) || band.from() < 0 || band.from() > 100) {
                problems.add("Case-based bands need one distinct start from 0 to 100 per rating: " + band);
            }
            fromZero |= band.from() == 0;
        }
        if (!fromZero) {
            problems.add("The case-based bands must rate 0%");
        }
        List<PercentageBand> byStart = bands.stream()
                .sorted(Comparator.comparingInt(PercentageBand::from))
                .toList();
        for (int i = 1; i < byStart.size(); i++) {
            if (byStart.get(i).rating().ordinal() >= byStart.get(i - 1).rating().ordinal()) {
                problems.add("A higher percentage must never earn a lower rating: " + byStart);
                break;
            }
        }
    }

    private static void structure(Framework f, List<String> problems) {
        Set<String> numbers = new HashSet<>();
        Set<String> promptCodes = new HashSet<>();
        if (f.domains().isEmpty()) {
            problems.add("The framework has no domains");
        }
        for (Framework.Domain domain : f.domains()) {
            if (!numbers.add(domain.number()) || domain.standards().isEmpty()) {
                problems.add("Domain " + domain.number() + " is repeated or has no standards");
            }
            for (Standard s : domain.standards()) {
                if (!s.number().startsWith(domain.number() + ".") || !numbers.add(s.number())) {
                    problems.add("Standard " + s.number() + " is not numbered within domain " + domain.number()
                            + ", or is repeated");
                }
                if (s.kind() == null || blank(s.title()) || s.keyQuestions().isEmpty()) {
                    problems.add("Standard " + s.number() + " needs a title, a kind and key questions");
                    continue;
                }
                if (s.caseBased() == s.populations().isEmpty()) {
                    problems.add("Standard " + s.number() + ": a case-based standard names the work its cases come"
                            + " from, and only a case-based one");
                }
                if (s.mayBeUnrated() && blank(s.unratedWhen())) {
                    problems.add("Standard " + s.number() + " may be left unrated: say when (unratedWhen)");
                }
                for (KeyQuestion kq : s.keyQuestions()) {
                    if (!kq.number().startsWith(s.number() + ".") || !numbers.add(kq.number())) {
                        problems.add("Key question " + kq.number() + " is not numbered within standard " + s.number()
                                + ", or is repeated");
                    }
                    if (blank(kq.text()) || kq.prompts().isEmpty() || (s.caseBased() && kq.lens() == null)) {
                        problems.add("Key question " + kq.number()
                                + " needs its question, its prompts and (case-based) its lens");
                    }
                    for (Prompt p : kq.prompts()) {
                        if (blank(p.code())
                                || !p.code().startsWith(kq.number())
                                || !promptCodes.add(p.code())
                                || blank(p.text())) {
                            problems.add("Prompt " + p.code() + " of " + kq.number() + " needs a code of its own"
                                    + " within the key question, and its text");
                        }
                        for (String key : p.evidence()) {
                            if (!EvidenceRules.known(key)) {
                                problems.add("Prompt " + p.code() + " names evidence rule " + key
                                        + ", which Desist does not have");
                            }
                        }
                    }
                }
            }
        }
    }

    private static void overall(Framework f, OverallRating overall, List<String> problems) {
        Set<String> known = new HashSet<>();
        f.standards().forEach(s -> known.add(s.number()));
        for (String number : overall.standards()) {
            if (!known.contains(number)) {
                problems.add(overall.name() + " names standard " + number + ", which the framework does not have");
            }
        }
        List<Standard> counted = f.standardsOf(overall);
        long mustBeRated = counted.stream().filter(s -> !s.mayBeUnrated()).count();
        int top = f.scores().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (overall.bands().isEmpty()) {
            problems.add(overall.name() + " has no bands");
        }
        Set<Integer> counts = new HashSet<>();
        for (ScoreBands bands : overall.bands()) {
            int rated = bands.ratedStandards();
            if (!counts.add(rated) || rated < mustBeRated || rated > counted.size()) {
                problems.add(overall.name() + ": bands for " + rated + " rated standards, but from " + mustBeRated
                        + " to " + counted.size() + " can be rated (each count once)");
            }
            List<ScoreBand> byScore = bands.bands().stream()
                    .sorted(Comparator.comparingInt(ScoreBand::from))
                    .toList();
            int next = 0;
            for (ScoreBand band : byScore) {
                if (band.from() != next || band.to() < band.from()) {
                    problems.add(overall.name() + " bands for " + rated + " rated standards must cover every score"
                            + " from 0 once, in order: " + byScore);
                    break;
                }
                next = band.to() + 1;
            }
            if (next != rated * top + 1 && !byScore.isEmpty()) {
                problems.add(overall.name() + " bands for " + rated + " rated standards must end at " + rated * top
                        + ", the highest possible score");
            }
        }
        for (long rated = mustBeRated; rated <= counted.size(); rated++) {
            if (!counts.contains((int) rated)) {
                problems.add(overall.name() + " has no bands for " + rated + " rated standards, which can happen");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
