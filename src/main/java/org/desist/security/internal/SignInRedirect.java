package org.desist.security.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /login} (Spring Security's usual sign-in address, with any query, like {@code ?continue}) goes to
 * {@code /sign-in}; a signed-in user goes on from there to the home page, never to "Page not found". Open to
 * everyone, so an unsigned visit is not remembered as where to go after signing in.
 */
@Configuration(proxyBeanMethods = false)
class SignInRedirect implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/login", "/sign-in");
    }
}
