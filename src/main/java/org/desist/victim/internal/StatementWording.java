package org.desist.victim.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.desist.victim.VictimOffer;

/**
 * The words of the child's side of victim work, in plain English and never about who the victim is: each part's
 * statements ("victim contacted", "wishes shared") and the line that joins them ("Victim contacted, wishes shared, RJ
 * declined").
 */
final class StatementWording {

    private StatementWording() {}

    /** Contact: stopped at the victim's request, made, attempted, or nothing yet (the prompt says what is due). */
    static List<String> contact(VictimPrompts.Consent consent, CaseSideRepository.Contacts contacts) {
        if (consent == VictimPrompts.Consent.REFUSED) {
            return List.of("victim asked for no contact");
        }
        if (consent == VictimPrompts.Consent.WITHDRAWN) {
            return List.of("victim withdrew consent to contact");
        }
        if (contacts.made() > 0) {
            return List.of("victim contacted");
        }
        if (contacts.attempts() > 0) {
            return List.of(
                    contacts.attempts() == 1
                            ? "1 contact attempt, not reached yet"
                            : contacts.attempts() + " contact attempts, not reached yet");
        }
        return List.of();
    }

    /** The wishes: shared with the case (the victim worker's words), or the victim said no to sharing. */
    static List<String> wishes(VictimPrompts.Consent sharing, boolean wishesRecorded) {
        if (sharing.stopsContact()) {
            return List.of("victim did not agree to share their wishes");
        }
        return wishesRecorded ? List.of("wishes shared") : List.of();
    }

    /** The words for each Victims' Code offer ({@code victim.VictimOffer.Offer}) but restorative justice. */
    private static final Map<String, String> OFFERS = Map.of(
            VictimOffer.Offer.INFORMATION.name(), "information",
            VictimOffer.Offer.SUPPORT_SERVICES.name(), "support",
            VictimOffer.Offer.PERSONAL_STATEMENT.name(), "a victim personal statement");

    /**
     * The Victims' Code offers other than restorative justice (its own part says where it stands): "offered
     * information, support and an impact statement".
     */
    static List<String> offers(Collection<String> offers) {
        List<String> named = offers.stream()
                .map(OFFERS::get)
                .filter(o -> o != null)
                .distinct()
                .toList();
        return named.isEmpty() ? List.of() : List.of("offered " + and(named, Function.identity()));
    }

    /** The victim asked to be kept informed: how many updates so far. */
    static List<String> updates(int given) {
        if (given == 0) {
            return List.of("asked to be kept informed");
        }
        return List.of(given == 1 ? "kept informed (1 update)" : "kept informed (" + given + " updates)");
    }

    /** A prompt still due: "first contact attempt due by 15 December 2026", or overdue since then. */
    static String due(VictimPrompts.Prompt prompt, LocalDate today) {
        String what = switch (prompt.kind()) {
            case FIRST_CONTACT -> "first contact attempt";
            case UPDATE_DISPOSAL -> "update on the disposal";
            case UPDATE_ORDER_END -> "update on the order's end";
        };
        return what
                + (prompt.overdueOn(today) ? " overdue, due by " : " due by ")
                + VictimPrompts.date(prompt.dueDate());
    }

    /** The parts' statements as one line, the first word capitalised; null when there is nothing to say. */
    static String line(List<String> statements) {
        List<String> words = new ArrayList<>();
        statements.stream().filter(s -> s != null && !s.isBlank()).forEach(words::add);
        if (words.isEmpty()) {
            return "Victim recorded";
        }
        String joined = String.join(", ", words);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static <T> String and(List<T> items, Function<T, String> label) {
        List<String> labels = items.stream().map(label).toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}
