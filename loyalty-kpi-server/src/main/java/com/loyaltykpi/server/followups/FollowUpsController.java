package com.loyaltykpi.server.followups;

import com.loyaltykpi.core.screens.FollowUpsPage;
import com.loyaltykpi.server.web.Role;
import com.loyaltykpi.server.web.Screens;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.Locale;

/**
 * The follow-ups of unhappy answers: the Broadleaf admin's screen ({@link FollowUpsPage}, template and texts from the
 * core), at the same address. Every operator reads them; analysts and administrators close them with what was done.
 */
@Controller
class FollowUpsController {

    static final String PATH = "/loyalty-follow-ups";

    private final FollowUpsPage page;

    FollowUpsController(FollowUpsPage page) {
        this.page = page;
    }

    @GetMapping(PATH)
    String list(Locale locale, HttpServletRequest request, Model model) {
        model.addAttribute("mayClose", request.isUserInRole(Role.ANALYST.name()));
        model.addAllAttributes(page.model(locale));
        return Screens.show(model, "follow-ups");
    }

    /** Closes an open follow-up with what the operator did (required), written to the audit log. */
    @PostMapping(PATH + "/{id}/close")
    String close(@PathVariable String id, @RequestParam(required = false) String note, Principal operator,
                 RedirectAttributes next) {
        page.close(id, note, operator.getName()).forEach(next::addFlashAttribute);
        return "redirect:" + PATH;
    }
}
