package com.loyaltykpi.server.behaviour;

import com.loyaltykpi.core.screens.CustomersPage;
import com.loyaltykpi.server.web.Screens;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.util.Locale;

/**
 * The customers' behaviour model: the Broadleaf admin's screen ({@link CustomersPage}, template and texts from the
 * core), at the same address, for every operator; the cohorts' CSV for analysts and administrators.
 */
@Controller
class CustomersController {

    private final CustomersPage page;

    CustomersController(CustomersPage page) {
        this.page = page;
    }

    @GetMapping("/loyalty-customers")
    String show(Locale locale, Model model) {
        model.addAllAttributes(page.model(locale));
        return Screens.show(model, "customers");
    }

    /** The retention cohorts as CSV (analysts and administrators). */
    @GetMapping("/loyalty-customers/cohorts.csv")
    void cohorts(HttpServletResponse response) throws IOException {
        page.writeCohorts(Screens.csv(response, "loyalty-cohorts.csv"));
    }
}
