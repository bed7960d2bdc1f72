package org.desist.platform.web;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Static files, each path prefix mapped on its own: our stylesheets and script, the WebJars (GOV.UK and MOJ
 * Frontend, htmx) and GOV.UK Frontend's fonts and images at /assets, where its stylesheet expects them.
 *
 * <p>Spring Boot's default catch-all handler ({@code /**}, switched off with
 * {@code spring.web.resources.add-mappings: false}) made every link on every page, {@code /children/…} included,
 * a search of the classpath when the resource URL filter rewrote it: 80% of the CPU under load
 * (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final CacheControl cacheControl;

    WebConfiguration(WebProperties web) {
        CacheControl configured =
                web.getResources().getCache().getCachecontrol().toHttpCacheControl();
        this.cacheControl = configured == null ? CacheControl.empty() : configured;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(cacheControl)
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(cacheControl)
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cacheControl)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(
                        "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/")
                .setCacheControl(cacheControl)
                .resourceChain(true);
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version
                        + "/dist/govuk/assets/rebrand/images/")
                .setCacheControl(cacheControl)
                .resourceChain(true);
    }
}
