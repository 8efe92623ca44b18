package com.loyaltykpi.server.answers;

import com.loyaltykpi.core.screens.AnswerParameters;
import com.loyaltykpi.core.screens.AnswersPage;
import com.loyaltykpi.server.web.Role;
import com.loyaltykpi.server.web.Screens;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;

/**
 * The survey answers screen: the Broadleaf admin's ({@link AnswersPage}, template and texts from the core), at the
 * same address. Every operator reads the answers and what detractors and promoters say; analysts export them as CSV;
 * administrators erase a guest's answers by order number.
 */
@Controller
class AnswersController {

    static final String PATH = "/loyalty-answers";

    private final AnswersPage page;

    AnswersController(AnswersPage page) {
        this.page = page;
    }

    @GetMapping(PATH)
    String list(@ModelAttribute("asked") AnswerParameters asked, @RequestParam(defaultValue = "0") String page,
                Locale locale, HttpServletRequest request, Model model, HttpServletResponse response) {
        model.addAttribute("mayExport", request.isUserInRole(Role.ANALYST.name()));
        model.addAttribute("mayErase", request.isUserInRole(Role.ADMINISTRATOR.name()));
        return Screens.show(this.page.list(asked, page, locale), model, response);
    }

    /** Every answer of the filters as CSV, streamed; written to the audit log. */
    @GetMapping(PATH + "/export")
    void export(@ModelAttribute("asked") AnswerParameters asked, Principal operator, HttpServletResponse response)
            throws IOException {
        page.export(asked, Screens.csv(response, page.exportName(asked)), operator.getName());
    }

    /** Erases a guest's survey data, found by order number (registered customers: their member page). */
    @PostMapping(PATH + "/erase-guest")
    String eraseGuest(@RequestParam(required = false) String guest, Principal operator, RedirectAttributes next) {
        page.eraseGuest(guest, operator.getName()).forEach(next::addFlashAttribute);
        return "redirect:" + PATH;
    }
}
