package com.loyaltykpi.server.behaviour;

import com.loyaltykpi.core.screens.CustomersPage;
import com.loyaltykpi.server.web.Screens;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

/**
 * The customers' behaviour model: the Broadleaf admin's screen ({@link CustomersPage}, template and texts from the
 * core), at the same address, for every operator.
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
}
