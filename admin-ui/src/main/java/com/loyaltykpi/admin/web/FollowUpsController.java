package com.loyaltykpi.admin.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.loyaltykpi.core.screens.FollowUpsPage;

/**
 * Follow-ups of unhappy answers: the screen the KPI server shows too ({@link FollowUpsPage}): the open ones oldest
 * first, each closed with what was done; and the ones closed last.
 */
@Controller
public class FollowUpsController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-follow-ups";

    private final FollowUpsPage page;

    public FollowUpsController(FollowUpsPage page) {
        this.page = page;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String list(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        model.addAllAttributes(page.model(locale(request)));
        return screen(model, SECTION, "follow-ups");
    }

    /** Closes an open follow-up with what the operator did (required). */
    @RequestMapping(value = "/" + SECTION + "/{id}/close", method = RequestMethod.POST)
    public String close(HttpServletResponse response, @PathVariable("id") String id,
                        @RequestParam(value = "note", required = false) String note, RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        flash(redirect, page.close(id, note, adminName()));
        return "redirect:/" + SECTION;
    }
}
