package org.desist.security.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

class ProductionModeGuardTest {

    @ParameterizedTest(name = "db \"{0}\", admin \"{1}\", password \"{2}\", demo {3} → {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "                                  | admin | twelve-chars | false | needs a real PostgreSQL database",
                "jdbc:postgresql://db:5432/desist  |       | twelve-chars | false | needs an initial administrator",
                "jdbc:postgresql://db:5432/desist  | admin |              | false | needs an initial administrator",
                "jdbc:postgresql://db:5432/desist  | admin | elevenchars  | false | needs an initial administrator",
                "jdbc:postgresql://db:5432/desist  | admin | twelve-chars | true  | never seeds demo data",
            })
    void refusesToStartWithoutARealDatabaseAndAnAdministrator(
            String url, String admin, String password, boolean demo, String message) {
        MockEnvironment environment = environment(url, admin, password, demo);
        assertThatThrownBy(() -> ProductionModeGuard.check(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"jdbc:postgresql://db:5432/desist, admin.jones, a-long-secret"})
    void startsWithBoth(String url, String admin, String password) {
        assertThatCode(() -> ProductionModeGuard.check(environment(url, admin, password, false)))
                .doesNotThrowAnyException();
    }

    private static MockEnvironment environment(String url, String admin, String password, boolean demo) {
        MockEnvironment environment = new MockEnvironment();
        if (url != null) {
            environment.setProperty("desist.db.url", url);
        }
        if (admin != null) {
            environment.setProperty("desist.admin.username", admin);
        }
        if (password != null) {
            environment.setProperty("desist.admin.password", password);
        }
        environment.setProperty("desist.demo.enabled", String.valueOf(demo));
        return environment;
    }
}
