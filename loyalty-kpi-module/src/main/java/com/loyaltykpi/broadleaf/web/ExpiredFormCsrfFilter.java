package com.loyaltykpi.broadleaf.web;

import org.broadleafcommerce.common.security.handler.CsrfFilter;
import org.springframework.context.MessageSource;

import java.io.IOException;

import javax.annotation.Resource;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/**
 * Broadleaf's storefront CSRF filter, answering a refused token with 403 and a page (see {@link ExpiredForms}).
 * The shop declares it as its {@code blCsrfFilter} (README, Install).
 */
public class ExpiredFormCsrfFilter extends CsrfFilter {

    @Resource(name = "messageSource")
    protected MessageSource messages;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ExpiredForms.guard(() -> super.doFilter(request, response, chain), request, response, messages);
    }
}
