package org.desist.platform.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.StaleRecordException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A question page's submission, in one place: when the form bound without errors the module saves it and the
 * page goes where the save says; when the module refuses it, each problem goes on its field (or the page) for the
 * error summary; when somebody else saved the record since the user loaded it, the page says who, when and what
 * (model attribute {@code stale}) and the form takes the current version, so a second submit is a deliberate
 * overwrite. Either way the form is shown again as the user typed it ({@code redisplay}).
 */
public final class FormSubmission {

    private FormSubmission() {}

    /**
     * @param save the module call; returns where to go next (e.g. {@code "redirect:/children/…"})
     * @param fields the form's fields in page order, for the error summary
     * @param seenVersion receives the record's current version after a stale save; null for a form with none
     * @param redisplay shows the form again (with {@code binding} and {@code model})
     */
    public static String submit(
            Supplier<String> save,
            List<String> fields,
            BindingResult binding,
            Model model,
            LongConsumer seenVersion,
            Supplier<String> redisplay) {
        return submit(save, e -> FormErrors.reject(e, fields, binding), binding, model, seenVersion, redisplay);
    }

    /**
     * As {@link #submit(Supplier, List, BindingResult, Model, LongConsumer, Supplier)}, for a form whose refused
     * problems need placing its own way (e.g. rows of a list whose indexes differ from the module's).
     *
     * @param refused puts the module's problems on {@code binding}
     */
    public static String submit(
            Supplier<String> save,
            Consumer<InvalidRequestException> refused,
            BindingResult binding,
            Model model,
            LongConsumer seenVersion,
            Supplier<String> redisplay) {
        if (!binding.hasErrors()) {
            try {
                return save.get();
            } catch (InvalidRequestException e) {
                refused.accept(e);
            } catch (StaleRecordException e) {
                model.addAttribute("stale", e);
                if (seenVersion != null) {
                    seenVersion.accept(e.currentVersion());
                }
            }
        }
        return redisplay.get();
    }

    /**
     * A button's post with no form to redisplay (e.g. "Remove" on a list): the save, or — when somebody else saved
     * the record since the page was loaded — where the stale answer goes (typically the page again with
     * {@code ?stale}, which shows who changed it). The module's refusals are not caught: a button offers only what
     * the record allows.
     */
    public static String action(Supplier<String> save, Function<StaleRecordException, String> stale) {
        return confirm(
                save,
                e -> {
                    throw e;
                },
                stale);
    }

    /**
     * A check-answers page's confirmation, whose answers are held for the journey rather than in a bound form: the
     * save, or the page the module's refusal sends back to (its problems shown on the question), or the check page
     * again with the stale panel and the current version.
     */
    public static String confirm(
            Supplier<String> save,
            Function<InvalidRequestException, String> refused,
            Function<StaleRecordException, String> stale) {
        try {
            return save.get();
        } catch (InvalidRequestException e) {
            return refused.apply(e);
        } catch (StaleRecordException e) {
            return stale.apply(e);
        }
    }
}
