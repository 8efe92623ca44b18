package com.loyaltykpi.admin.web;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.loyaltykpi.core.screens.OfferPolicyPage;
import com.loyaltykpi.core.screens.SettingsPage;

/**
 * Settings: the screen the KPI server shows too ({@link SettingsPage}): the shop's time zone, the membership sources
 * in use, the survey's rules, the incremental-revenue estimate's design and the program's costs; checked, then saved
 * for every node; and the offer policy ({@link OfferPolicyPage}), a form of its own.
 */
@Controller
public class SettingsController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-settings";

    private final SettingsPage page;
    private final OfferPolicyPage offers;

    public SettingsController(SettingsPage page, OfferPolicyPage offers) {
        this.page = page;
        this.offers = offers;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        model.addAllAttributes(page.model());
        model.addAllAttributes(offers.model());
        return screen(model, SECTION, "settings");
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.POST)
    public String save(HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        @SuppressWarnings("unchecked")
        Map<String, String[]> posted = request.getParameterMap();
        Map<String, Object> refused = page.save(posted, adminName(),
                RequestContextUtils.getWebApplicationContext(request), locale(request));
        if (refused != null) {
            response.setStatus(422);
            model.addAllAttributes(refused);
            model.addAllAttributes(offers.model());
            return screen(model, SECTION, "settings");
        }
        redirect.addFlashAttribute("saved", Boolean.TRUE);
        return "redirect:/" + SECTION;
    }

    /** The offer policy: saved and the groups assigned at once, or shown again with its problems (422). */
    @RequestMapping(value = "/" + SECTION + "/offers", method = RequestMethod.POST)
    public String saveOffers(HttpServletRequest request, HttpServletResponse response, Model model,
                             RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        @SuppressWarnings("unchecked")
        Map<String, String[]> posted = request.getParameterMap();
        Map<String, Object> refused = offers.save(posted, adminName(),
                RequestContextUtils.getWebApplicationContext(request), locale(request));
        if (refused != null) {
            response.setStatus(422);
            model.addAllAttributes(page.model());
            model.addAllAttributes(refused);
            return screen(model, SECTION, "settings");
        }
        redirect.addFlashAttribute("saved", Boolean.TRUE);
        return "redirect:/" + SECTION;
    }
}
