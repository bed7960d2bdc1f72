package org.desist.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Room in Thymeleaf's caches for every expression and template fragment Desist has. Thymeleaf keeps 500 parsed
 * expressions and 200 templates by default; the national benchmark's pages alone used 537 expressions, so under
 * load parsed expressions were thrown away and parsed again (docs/performance.md, ADR 11).
 * {@code TemplateCachesIntegrationTest} fails when the templates outgrow these sizes.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

    /** Parsed expressions: each expression in a template is at most two entries (Thymeleaf's and SpEL's). */
    static final int EXPRESSIONS = 20_000;

    /** Parsed templates: each file, and each fragment selected from it, is one entry. */
    static final int TEMPLATES = 2_000;

    @Bean
    static BeanPostProcessor templateCacheSizes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    StandardCacheManager caches = new StandardCacheManager();
                    caches.setExpressionCacheMaxSize(EXPRESSIONS);
                    caches.setTemplateCacheMaxSize(TEMPLATES);
                    engine.setCacheManager(caches);
                }
                return bean;
            }
        };
    }
}
