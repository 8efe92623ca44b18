package com.loyaltykpi.server.apikey;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Lets a call to the API ({@code /api/*}) through only with an active key, given as {@code Authorization: Bearer
 * <key>} or {@code X-Api-Key: <key>}; the key's source goes to the request for the controllers.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

    /** The request attribute holding the caller's {@link ApiKey}. */
    public static final String KEY = "com.loyaltykpi.server.apiKey";

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiKey> key = keys.authenticate(secret(request));
        if (key.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":401,\"error\":\"an active API key is required: "
                    + "Authorization: Bearer <key> or X-Api-Key: <key>\"}");
            return;
        }
        request.setAttribute(KEY, key.get());
        chain.doFilter(request, response);
    }

    private static String secret(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return request.getHeader("X-Api-Key");
    }

    /** Registers the filter for the API's paths only. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<ApiKeyFilter> lkApiKeyFilter(ApiKeys keys) {
            FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(keys));
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }
}
