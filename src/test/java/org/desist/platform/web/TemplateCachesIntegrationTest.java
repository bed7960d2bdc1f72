package org.desist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.desist.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf's caches hold every expression and template fragment the pages have, so nothing parsed is thrown away
 * and parsed again under load (platform/web/TemplateCaches, docs/performance.md).
 */
@IntegrationTest
class TemplateCachesIntegrationTest {

    /** The opening of every Thymeleaf expression: variable, selection, link, fragment and message. */
    private static final Pattern EXPRESSION = Pattern.compile("[$*@~#]\\{");

    /** A fragment selected from a template ({@code ~{child/record-header :: header}}) is cached on its own. */
    private static final Pattern FRAGMENT_SELECTION = Pattern.compile("::");

    @Autowired
    SpringTemplateEngine engine;

    @Test
    void theEngineUsesTheLargerCaches() {
        StandardCacheManager caches =
                (StandardCacheManager) engine.getConfiguration().getCacheManager();
        assertThat(caches.getExpressionCacheMaxSize()).isEqualTo(TemplateCaches.EXPRESSIONS);
        assertThat(caches.getTemplateCacheMaxSize()).isEqualTo(TemplateCaches.TEMPLATES);
    }

    @Test
    void everyExpressionAndFragmentOfThePagesFits() throws IOException {
        int expressions = 0;
        int templates = 0;
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(files).hasSizeGreaterThan(100);
        for (Resource file : files) {
            String html = file.getContentAsString(StandardCharsets.UTF_8);
            expressions += (int) EXPRESSION.matcher(html).results().count();
            templates += 1 + (int) FRAGMENT_SELECTION.matcher(html).results().count();
        }
        // An expression is at most two cache entries: Thymeleaf's parsed expression and the SpEL inside it.
        assertThat(2 * expressions)
                .as("Thymeleaf expressions in the templates (twice) against TemplateCaches.EXPRESSIONS")
                .isLessThanOrEqualTo(TemplateCaches.EXPRESSIONS);
        assertThat(templates)
                .as("templates and the fragments selected from them against TemplateCaches.TEMPLATES")
                .isLessThanOrEqualTo(TemplateCaches.TEMPLATES);
    }
}
