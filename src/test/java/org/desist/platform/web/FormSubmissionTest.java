package org.desist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.StaleRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;

class FormSubmissionTest {

    static class Form {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    static final StaleRecordException STALE =
            new StaleRecordException("Sam Jones", Instant.parse("2026-12-07T10:15:00Z"), List.of("Reason: a → b"), 4);

    final Form form = new Form();
    final BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "form");
    final ExtendedModelMap model = new ExtendedModelMap();
    final AtomicLong seen = new AtomicLong(-1);

    @Test
    void aCleanFormIsSavedAndGoesWhereTheSaveSays() {
        assertThat(FormSubmission.submit(
                        () -> "redirect:/done", List.of("reason"), binding, model, seen::set, () -> "form"))
                .isEqualTo("redirect:/done");
        assertThat(model).doesNotContainKey("stale");
    }

    @Test
    void aFormWithBindingErrorsIsNotSaved() {
        binding.rejectValue("reason", "required", "Enter a reason");
        assertThat(FormSubmission.submit(
                        () -> {
                            throw new AssertionError("saved");
                        },
                        List.of("reason"),
                        binding,
                        model,
                        seen::set,
                        () -> "form"))
                .isEqualTo("form");
    }

    @Test
    void theModulesRefusalGoesOnItsFieldAndTheFormIsShownAgain() {
        String next = FormSubmission.submit(
                () -> {
                    throw new InvalidRequestException(Map.of("reason", "Explain why"));
                },
                List.of("reason"),
                binding,
                model,
                seen::set,
                () -> "form");
        assertThat(next).isEqualTo("form");
        assertThat(binding.getFieldError("reason").getDefaultMessage()).isEqualTo("Explain why");
    }

    @Test
    void aStaleSaveShowsWhoChangedItAndTakesTheCurrentVersion() {
        String next = FormSubmission.submit(
                () -> {
                    throw STALE;
                },
                List.of("reason"),
                binding,
                model,
                seen::set,
                () -> "form");
        assertThat(next).isEqualTo("form");
        assertThat(model.get("stale")).isSameAs(STALE);
        assertThat(seen.get()).isEqualTo(4);
    }

    @Test
    void aButtonsStalePostGoesWhereTheCallerSays() {
        assertThat(FormSubmission.action(() -> "redirect:/list?removed", e -> "redirect:/list?stale"))
                .isEqualTo("redirect:/list?removed");
        assertThat(FormSubmission.action(
                        () -> {
                            throw STALE;
                        },
                        e -> "redirect:/list?stale&v=" + e.currentVersion()))
                .isEqualTo("redirect:/list?stale&v=4");
        // A button offers only what the record allows: a refusal is not hidden.
        assertThatThrownBy(() -> FormSubmission.action(
                        () -> {
                            throw new InvalidRequestException(Map.of("x", "No"));
                        },
                        e -> "stale"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aConfirmationGoesToTheSaveTheRefusalOrTheStaleCheckPage() {
        assertThat(FormSubmission.confirm(() -> "redirect:/done", e -> "question", e -> "check"))
                .isEqualTo("redirect:/done");
        assertThat(FormSubmission.confirm(
                        () -> {
                            throw new InvalidRequestException(Map.of("reason", "Explain why"));
                        },
                        e -> "question:" + e.errors().get("reason"),
                        e -> "check"))
                .isEqualTo("question:Explain why");
        assertThat(FormSubmission.confirm(
                        () -> {
                            throw STALE;
                        },
                        e -> "question",
                        e -> "check:" + e.changedBy()))
                .isEqualTo("check:Sam Jones");
    }
}
