package com.loyaltykpi.admin.web;

import java.io.IOException;

import javax.annotation.Resource;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.broadleafcommerce.openadmin.web.filter.AdminCsrfFilter;
import org.springframework.context.MessageSource;

import com.loyaltykpi.broadleaf.web.ExpiredForms;

/**
 * Broadleaf's admin CSRF filter (a timed-out session still goes to the login page), answering a refused token of a
 * logged-in admin with 403 and a page that says the form expired instead of a 500. The admin declares it as its
 * {@code blCsrfFilter} (README, Install).
 */
public class ExpiredFormAdminCsrfFilter extends AdminCsrfFilter {

    @Resource(name = "messageSource")
    protected MessageSource messages;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ExpiredForms.guard(() -> super.doFilter(request, response, chain), request, response, messages);
    }
}
