package org.desist.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Writes the views of the child records a GET request opened (through the child module's gateway) once its
 * handler has finished, so that a more specific view the handler recorded wins, and before the answer leaves:
 * before a page is rendered, before an API body is written, or at the latest when the request completes. A
 * request that failed showed nothing, so its opened records are forgotten (ADR 0005).
 */
@ControllerAdvice
class OpenedRecords implements HandlerInterceptor, ResponseBodyAdvice<Object> {

    private final JdbcAuditTrail audit;

    OpenedRecords(JdbcAuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (response.getStatus() < 400) {
            audit.writeOpened();
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail) {
            RequestAudit.discardOpened();
        } else {
            audit.writeOpened();
        }
        return body;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (ex == null && response.getStatus() < 400) {
            audit.writeOpened();
        } else {
            RequestAudit.discardOpened();
        }
    }
}
