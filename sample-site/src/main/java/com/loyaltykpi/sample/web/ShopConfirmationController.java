package com.loyaltykpi.sample.web;

import org.broadleafcommerce.core.web.controller.checkout.BroadleafOrderConfirmationController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The order confirmation page, through Broadleaf's controller (only the shopper who placed the order sees it);
 * its template shows the module's survey prompt.
 */
@Controller
public class ShopConfirmationController extends BroadleafOrderConfirmationController {

    @RequestMapping(value = "/confirmation/{orderNumber}", method = RequestMethod.GET)
    public String confirmation(@PathVariable("orderNumber") String orderNumber, Model model,
                               HttpServletRequest request, HttpServletResponse response) {
        return displayOrderConfirmationByOrderNumber(orderNumber, model, request, response);
    }
}
