package com.loyaltykpi.admin.web;

import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.audit.AuditLog;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What every Loyalty screen shares: the section permission check (the URL rule of the admin's security context is
 * the first line, this the second) and rendering inside the admin's own layout and menu.
 */
public abstract class LoyaltyAdminController extends AdminAbstractController {

    static final String NO_ACCESS = "noAccess";

    @Resource(name = "blExploitProtectionService")
    protected ExploitProtectionService exploitProtection;

    @Resource(name = "lkAuditLog")
    protected AuditLog audit;

    /**
     * Whether the logged-in admin may see this section (its URL without the slash, as in the menu rows); if not,
     * the response is a 403 and the caller shows Broadleaf's "no access" page.
     */
    protected boolean allowed(String section, HttpServletResponse response) {
        AdminUser user = adminRemoteSecurityService.getPersistentAdminUser();
        AdminSection adminSection = adminNavigationService.findAdminSectionByURI("/" + section);
        boolean allowed = user != null && adminSection != null
                && adminNavigationService.isUserAuthorizedToViewSection(user, adminSection);
        if (!allowed) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        return allowed;
    }

    /** Form objects never bind a path through {@code class} (see {@link BindingGuard}). */
    @InitBinder
    public void guardBinding(WebDataBinder binder) {
        BindingGuard.apply(binder);
    }

    /** Writes what the logged-in admin did to the audit log (their login name, never a customer's details). */
    protected void audited(AuditAction action, String customerId, String detail) {
        audit.record(adminName(), action, customerId, detail);
    }

    /** The logged-in admin's login name, for the audit log. */
    protected String adminName() {
        AdminUser user = adminRemoteSecurityService.getPersistentAdminUser();
        return user == null ? "?" : user.getLogin();
    }

    /** The admin layout around {@code loyalty_screens/templates/views/loyalty/<view>.html} (from the core jar). */
    protected String screen(Model model, String section, String view) {
        setModelAttributes(model, section);
        // every state-changing form of the screens posts it; Broadleaf's AdminCsrfFilter checks it
        try {
            model.addAttribute("csrfToken", exploitProtection.getCSRFToken());
        } catch (ServiceException e) {
            throw new IllegalStateException("no CSRF token for the session", e);
        }
        model.addAttribute("viewType", "loyalty/" + view);
        return "modules/defaultContainer";
    }

    /** What a shared page says the screen shows next, as flash attributes of the redirect. */
    protected static void flash(RedirectAttributes redirect, Map<String, Object> next) {
        for (Map.Entry<String, Object> attribute : next.entrySet()) {
            redirect.addFlashAttribute(attribute.getKey(), attribute.getValue());
        }
    }

    protected static Locale locale(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request);
    }
}
