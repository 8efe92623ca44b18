package com.loyaltykpi.admin.web;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.codehaus.jackson.map.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.loyaltykpi.core.screens.MembersPage;
import com.loyaltykpi.core.screens.ScreenView;

/**
 * Members: the screens the KPI server shows too ({@link MembersPage}): find a customer by name, e-mail or card
 * number; their membership, its history and their orders; enrol or remove by hand; download or erase their data.
 */
@Controller
public class MembersController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-members";

    private final MembersPage page;
    private final ObjectMapper json = new ObjectMapper();

    public MembersController(MembersPage page) {
        this.page = page;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String find(HttpServletResponse response, Model model, @RequestParam(value = "q", required = false) String q) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        return shown(page.search(q), response, model);
    }

    @RequestMapping(value = "/" + SECTION + "/{customerId}", method = RequestMethod.GET)
    public String member(HttpServletRequest request, HttpServletResponse response, Model model,
                         @PathVariable("customerId") String customerId) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        return shown(page.member(customerId, locale(request)), response, model);
    }

    @RequestMapping(value = "/" + SECTION + "/{customerId}/enrol", method = RequestMethod.POST)
    public String enrol(HttpServletResponse response, @PathVariable("customerId") String customerId,
                        RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        return back(customerId, page.enrol(customerId, adminName()), redirect);
    }

    @RequestMapping(value = "/" + SECTION + "/{customerId}/remove", method = RequestMethod.POST)
    public String remove(HttpServletResponse response, @PathVariable("customerId") String customerId,
                         RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        return back(customerId, page.remove(customerId, adminName()), redirect);
    }

    /** The right to be forgotten: erases the customer from every module table (the KPIs stay as they were). */
    @RequestMapping(value = "/" + SECTION + "/{customerId}/erase", method = RequestMethod.POST)
    public String erase(HttpServletResponse response, Model model, @PathVariable("customerId") String customerId,
                        RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        String outcome = page.erase(customerId, adminName());
        return outcome == null ? shown(page.badId(), response, model) : back(customerId, outcome, redirect);
    }

    /** The right of access: everything the module holds about the customer, as one JSON file. */
    @RequestMapping(value = "/" + SECTION + "/{customerId}/data.json", method = RequestMethod.GET)
    public String download(HttpServletResponse response, Model model, @PathVariable("customerId") String customerId)
            throws IOException {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        Map<String, Object> data = page.personalData(customerId, adminName());
        if (data == null) {
            return shown(page.badId(), response, model);
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"loyalty-customer-" + customerId + ".json\"");
        json.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), data);
        return null;
    }

    private String shown(ScreenView shown, HttpServletResponse response, Model model) {
        response.setStatus(shown.status());
        model.addAllAttributes(shown.model());
        return screen(model, SECTION, shown.view());
    }

    /** Back to the member's page with what happened, in the operator's language. */
    private static String back(String customerId, String outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/" + SECTION + "/" + customerId;
    }
}
