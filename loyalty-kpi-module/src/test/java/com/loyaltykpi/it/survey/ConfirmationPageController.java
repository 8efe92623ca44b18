package com.loyaltykpi.it.survey;

import org.broadleafcommerce.core.order.service.OrderService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Stands for the site's order confirmation page (BroadleafOrderConfirmationController renders checkout/confirmation
 * with the order in the model): renders the test template, which includes the module's prompt with one line.
 */
@Controller
public class ConfirmationPageController {

    private final OrderService orders;

    public ConfirmationPageController(OrderService orders) {
        this.orders = orders;
    }

    @RequestMapping("/confirmation/{orderId}")
    public String confirmation(@PathVariable("orderId") Long orderId, Model model) {
        model.addAttribute("order", orders.findOrderById(orderId));
        return "it/confirmation";
    }
}
