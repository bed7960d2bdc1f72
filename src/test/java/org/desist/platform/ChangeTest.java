package org.desist.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeTest {

    record Note(String text, long version) {}

    record Noted(String text) {}

    @Test
    void aChangeKeepsBothStatesAndItsEventsInOrder() {
        Change<Note> change = Change.of(new Note("a", 0), new Note("b", 0), new Noted("b"), "second");
        assertThat(change.before()).isEqualTo(new Note("a", 0));
        assertThat(change.after()).isEqualTo(new Note("b", 0));
        assertThat(change.isCreation()).isFalse();
        List<Object> published = new ArrayList<>();
        change.publish(published::add);
        assertThat(published).containsExactly(new Noted("b"), "second");
    }

    @Test
    void aCreationHasNoBeforeState() {
        Change<Note> change = Change.created(new Note("a", 0));
        assertThat(change.isCreation()).isTrue();
        assertThat(change.before()).isNull();
        assertThat(change.events()).isEmpty();
    }

    @Test
    void theSavedStateReplacesAfterAndKeepsTheEvents() {
        Change<Note> saved =
                Change.of(new Note("a", 0), new Note("b", 0), new Noted("b")).saved(new Note("b", 1));
        assertThat(saved.after().version()).isEqualTo(1);
        assertThat(saved.before()).isEqualTo(new Note("a", 0));
        assertThat(saved.events()).containsExactly(new Noted("b"));
    }

    @Test
    void aChangeNeedsAStateToMoveTo() {
        assertThatThrownBy(() -> Change.of(new Note("a", 0), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Change.of(null, new Note("a", 0))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anAggregateRefusesWithEachProblemOnItsFieldInOrder() {
        InvalidRequestException.refuseIf(Map.of());
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("dueDate", "Enter the date");
        problems.put("reason", "Enter why");
        assertThatThrownBy(() -> InvalidRequestException.refuseIf(problems))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors().keySet()).containsExactly("dueDate", "reason"));
    }
}
