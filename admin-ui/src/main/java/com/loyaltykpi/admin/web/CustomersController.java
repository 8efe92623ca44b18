package com.loyaltykpi.admin.web;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import com.loyaltykpi.core.screens.CustomersPage;

/**
 * The customers' behaviour model: the screen the KPI server shows too ({@link CustomersPage}): the fit, its honest
 * check, the segments.
 */
@Controller
public class CustomersController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-customers";

    private final CustomersPage page;

    public CustomersController(CustomersPage page) {
        this.page = page;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        model.addAllAttributes(page.model(locale(request)));
        return screen(model, SECTION, "customers");
    }

    /** The retention cohorts as CSV. */
    @RequestMapping(value = "/" + SECTION + "/cohorts.csv", method = RequestMethod.GET)
    public void cohorts(HttpServletResponse response) throws IOException {
        if (!allowed(SECTION, response)) {
            return;
        }
        page.writeCohorts(CsvDownload.start(response, "loyalty-cohorts.csv"));
    }
}
