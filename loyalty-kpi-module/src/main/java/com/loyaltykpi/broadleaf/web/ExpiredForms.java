package com.loyaltykpi.broadleaf.web;

import org.broadleafcommerce.common.exception.ServiceException;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A form posted without its valid CSRF token (a page left open until the session expired, or a forged request)
 * is a refusal: 403 and a page that says the form expired, never Broadleaf's 500 "XSRF token mismatch".
 */
public final class ExpiredForms {

    /** How Broadleaf 3.1's ExploitProtectionService words a missing or wrong token. */
    private static final String MISMATCH = "XSRF token mismatch";

    private ExpiredForms() {
    }

    /** A CSRF filter's own work (its superclass's doFilter). */
    public interface Filtering {
        void run() throws IOException, ServletException;
    }

    /** Runs the CSRF filter; a refused token becomes the 403 page, any other failure goes on as it was. */
    public static void guard(Filtering filter, ServletRequest request, ServletResponse response, MessageSource messages)
            throws IOException, ServletException {
        try {
            filter.run();
        } catch (ServletException e) {
            if (!tokenRefused(e) || response.isCommitted()) {
                throw e;
            }
            refuse((HttpServletRequest) request, (HttpServletResponse) response, messages);
        }
    }

    /** Whether the CSRF filter refused the request's token (and nothing else failed). */
    static boolean tokenRefused(ServletException e) {
        Throwable cause = e.getCause();
        return cause instanceof ServiceException && cause.getMessage() != null && cause.getMessage().startsWith(MISMATCH);
    }

    /** Answers 403 with a short page in the request's language: the form expired, reload and try again. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, MessageSource messages)
            throws IOException {
        Locale locale = request.getLocale();
        String title = HtmlUtils.htmlEscape(messages.getMessage("loyalty.expired.title", null, "This form has expired",
                locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("loyalty.expired.text", null,
                "Go back, reload the page and send the form again.", locale));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>");
        out.flush();
    }
}
