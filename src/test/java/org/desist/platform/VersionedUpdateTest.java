package org.desist.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The helper refuses an update that could lose another person's save. */
class VersionedUpdateTest {

    private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource());

    @Test
    void anUpdateWithoutTheVersionInItsConditionIsRefused() {
        assertThatThrownBy(() ->
                        VersionedUpdate.of(jdbc, "update plan set status = :s, version = version + 1 where id = :id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version = :version");
    }

    @Test
    void anUpdateThatDoesNotMoveTheVersionOnIsRefused() {
        assertThatThrownBy(() ->
                        VersionedUpdate.of(jdbc, "update plan set status = :s where id = :id and version = :version"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version = version + 1");
    }

    @Test
    void theVersionOnlyInTheSetClauseIsNotACondition() {
        assertThatThrownBy(() -> VersionedUpdate.of(
                        jdbc, "update plan set version = :version, version = version + 1 where id = :id"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notAnUpdateIsRefused() {
        assertThatThrownBy(() -> VersionedUpdate.of(jdbc, "delete from plan where id = :id and version = :version"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFurtherChangeInTheSameSaveMustNotMoveTheVersonAgain() {
        assertThatThrownBy(() -> VersionedUpdate.sameSave(
                        jdbc, "update plan set x = 1, version = version + 1 where id = :id and version = :version"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VersionedUpdate.sameSave(jdbc, "update plan set x = 1 where id = :id"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConditionalUpdateIsAccepted() {
        assertThatCode(() -> VersionedUpdate.of(jdbc, """
                        update plan set status = :s,
                               version = version + 1
                         where id = :id and version = :version
                        """)).doesNotThrowAnyException();
        assertThatCode(() ->
                        VersionedUpdate.sameSave(jdbc, "update plan set x = :x where id = :id and version = :version"))
                .doesNotThrowAnyException();
    }
}
