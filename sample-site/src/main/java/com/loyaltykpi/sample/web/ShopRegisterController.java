package com.loyaltykpi.sample.web;

import com.loyaltykpi.broadleaf.membership.CustomerAttributes;

import org.broadleafcommerce.core.web.controller.account.BroadleafRegisterController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.form.RegisterCustomerForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Registration through Broadleaf's controller (validation, the customer's role, login), with the loyalty program's
 * two fields: the opt-in ("join our loyalty program") and a loyalty card number. Both become customer attributes
 * the module reads (loyaltyOptIn, loyaltyCardNumber): the opt-in enrols the customer at registration, a card
 * enrols them as a card holder.
 */
@Controller
@RequestMapping("/register")
public class ShopRegisterController extends BroadleafRegisterController {

    static final String OPT_IN = "loyaltyOptIn";
    static final String CARD = "loyaltyCardNumber";
    private static final Pattern CARD_NUMBER = Pattern.compile("[A-Za-z0-9-]{4,32}");

    @Override
    @ModelAttribute("registrationForm")
    public RegisterCustomerForm initCustomerRegistrationForm() {
        return super.initCustomerRegistrationForm();
    }

    @Override
    @RequestMapping(method = RequestMethod.GET)
    public String register(@ModelAttribute("registrationForm") RegisterCustomerForm registrationForm,
                           HttpServletRequest request, HttpServletResponse response, Model model) {
        return super.register(registrationForm, request, response, model);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String register(@ModelAttribute("registrationForm") RegisterCustomerForm registrationForm,
                           BindingResult errors,
                           @RequestParam(value = OPT_IN, required = false) String optIn,
                           @RequestParam(value = CARD, required = false) String card,
                           HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
        String cardNumber = card == null ? "" : card.trim();
        model.addAttribute("optIn", optIn != null);
        model.addAttribute("card", cardNumber);
        if (!cardNumber.isEmpty() && !CARD_NUMBER.matcher(cardNumber).matches()) {
            errors.reject("sample.register.cardInvalid");
            return getRegisterView();
        }
        Customer customer = registrationForm.getCustomer();
        if (optIn != null) {
            CustomerAttributes.set(customer, OPT_IN, "true");
        }
        if (!cardNumber.isEmpty()) {
            CustomerAttributes.set(customer, CARD, cardNumber);
        }
        return processRegister(registrationForm, errors, request, response, model);
    }
}
