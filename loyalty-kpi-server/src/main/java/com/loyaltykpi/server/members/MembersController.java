package com.loyaltykpi.server.members;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.loyaltykpi.core.screens.MembersPage;
import com.loyaltykpi.server.web.Role;
import com.loyaltykpi.server.web.Screens;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;

/**
 * The members screens: the Broadleaf admin's ({@link MembersPage}, templates and texts from the core), at the same
 * addresses. Every operator finds customers by id and reads their membership and orders; administrators enrol and
 * remove by hand, download a customer's data and erase it.
 */
@Controller
class MembersController {

    static final String PATH = "/loyalty-members";

    private final MembersPage page;
    private final ObjectMapper json;

    MembersController(MembersPage page, ObjectMapper json) {
        this.page = page;
        this.json = json;
    }

    @GetMapping(PATH)
    String find(@RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        return Screens.show(page.search(q), model, response);
    }

    @GetMapping(PATH + "/{customerId}")
    String member(@PathVariable String customerId, Locale locale, HttpServletRequest request, Model model,
                  HttpServletResponse response) {
        model.addAttribute("mayChange", request.isUserInRole(Role.ADMINISTRATOR.name()));
        return Screens.show(page.member(customerId, locale), model, response);
    }

    @PostMapping(PATH + "/{customerId}/enrol")
    String enrol(@PathVariable String customerId, Principal operator, RedirectAttributes next) {
        return back(customerId, page.enrol(customerId, operator.getName()), next);
    }

    @PostMapping(PATH + "/{customerId}/remove")
    String remove(@PathVariable String customerId, Principal operator, RedirectAttributes next) {
        return back(customerId, page.remove(customerId, operator.getName()), next);
    }

    /** The right to be forgotten: erases the customer from every table (the KPIs stay as they were). */
    @PostMapping(PATH + "/{customerId}/erase")
    String erase(@PathVariable String customerId, Principal operator, Model model, RedirectAttributes next,
                 HttpServletResponse response) {
        String outcome = page.erase(customerId, operator.getName());
        return outcome == null ? Screens.show(page.badId(), model, response) : back(customerId, outcome, next);
    }

    /** The right of access: everything the server holds about the customer, as one JSON file. */
    @GetMapping(PATH + "/{customerId}/data.json")
    String download(@PathVariable String customerId, Principal operator, Model model, HttpServletResponse response)
            throws IOException {
        Map<String, Object> data = page.personalData(customerId, operator.getName());
        if (data == null) {
            return Screens.show(page.badId(), model, response);
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"loyalty-customer.json\"");
        json.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), data);
        return null;
    }

    /** Back to the member's page with what happened, in the operator's language. */
    private static String back(String customerId, String outcome, RedirectAttributes next) {
        next.addFlashAttribute("outcome", outcome);
        return "redirect:" + UriComponentsBuilder.fromPath(PATH + "/{id}").buildAndExpand(customerId).encode().toUriString();
    }
}
