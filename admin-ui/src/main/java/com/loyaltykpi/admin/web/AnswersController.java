package com.loyaltykpi.admin.web;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.loyaltykpi.core.screens.AnswerParameters;
import com.loyaltykpi.core.screens.AnswersPage;
import com.loyaltykpi.core.screens.ScreenView;

/**
 * Survey answers: the screen the KPI server shows too ({@link AnswersPage}): filter by date, score and segment, read
 * the comments (escaped) and what detractors and promoters say in them, export CSV, erase a guest's.
 */
@Controller
public class AnswersController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-answers";

    private final AnswersPage page;

    public AnswersController(AnswersPage page) {
        this.page = page;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String list(HttpServletRequest request, HttpServletResponse response, Model model, AnswerParameters asked,
                       @RequestParam(value = "page", required = false, defaultValue = "0") String number) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        ScreenView shown = page.list(asked, number, locale(request));
        response.setStatus(shown.status());
        model.addAllAttributes(shown.model());
        return screen(model, SECTION, shown.view());
    }

    /** Every answer of the filter as CSV (the export format of docs/KPIS.md), streamed. */
    @RequestMapping(value = "/" + SECTION + "/export", method = RequestMethod.GET)
    public String export(HttpServletResponse response, AnswerParameters asked) throws IOException {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        page.export(asked, CsvDownload.start(response, page.exportName(asked)), adminName());
        return null;
    }

    /** Erases a guest's survey data, found by order number or e-mail address (registered customers: member page). */
    @RequestMapping(value = "/" + SECTION + "/erase-guest", method = RequestMethod.POST)
    public String eraseGuest(HttpServletResponse response, @RequestParam(value = "guest", required = false) String guest,
                             RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        flash(redirect, page.eraseGuest(guest, adminName()));
        return "redirect:/" + SECTION;
    }
}
