package org.desist.audit.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every handler's opened records are written as views when it finishes ({@link OpenedRecords}). */
@Configuration(proxyBeanMethods = false)
class AuditWebConfig implements WebMvcConfigurer {

    private final OpenedRecords opened;

    AuditWebConfig(OpenedRecords opened) {
        this.opened = opened;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(opened);
    }
}
