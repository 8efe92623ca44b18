package com.loyaltykpi.server.settings;

import com.loyaltykpi.core.screens.SettingsPage;
import com.loyaltykpi.server.web.Screens;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;

/**
 * The settings screen for administrators: the Broadleaf admin's ({@link SettingsPage}, its template and texts from
 * the core), at the same address: time zone, membership sources, the estimate's design, the program's costs.
 */
@Controller
class SettingsController {

    static final String PATH = "/loyalty-settings";

    private final SettingsPage page;
    private final MessageSource messages;

    SettingsController(SettingsPage page, MessageSource messages) {
        this.page = page;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String show(Model model) {
        model.addAllAttributes(page.model());
        return screen(model);
    }

    @PostMapping(PATH)
    String save(HttpServletRequest request, Principal operator, Locale locale, Model model, RedirectAttributes next,
                HttpServletResponse response) {
        Map<String, Object> refused = page.save(request.getParameterMap(), operator.getName(), messages, locale);
        if (refused != null) {
            response.setStatus(422);
            model.addAllAttributes(refused);
            return screen(model);
        }
        next.addFlashAttribute("saved", Boolean.TRUE);
        return "redirect:" + PATH;
    }

    private static String screen(Model model) {
        return Screens.show(model, "settings");
    }
}
