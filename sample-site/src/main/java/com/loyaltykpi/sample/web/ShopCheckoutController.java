package com.loyaltykpi.sample.web;

import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafCheckoutController;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

/**
 * Checkout with a test payment: no gateway, Broadleaf 3.1's passthrough payment ("cash on delivery"), then
 * Broadleaf's checkout workflow (with the module's capture activity) and the confirmation page. A guest gives an
 * e-mail address; a registered shopper's is known.
 */
@Controller
public class ShopCheckoutController extends BroadleafCheckoutController {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,20}");

    @RequestMapping(value = "/checkout", method = RequestMethod.GET)
    public String review(HttpServletRequest request, Model model) {
        if (!hasItems(CartState.getCart())) {
            return "redirect:/cart";
        }
        model.addAttribute("registered", CustomerState.getCustomer(request).isRegistered());
        return "checkout/checkout";
    }

    @RequestMapping(value = "/checkout/place", method = RequestMethod.POST)
    public String place(HttpServletRequest request, Model model, RedirectAttributes redirectAttributes,
                        @RequestParam(value = "email", required = false) String email) throws Exception {
        Order cart = CartState.getCart();
        if (!hasItems(cart)) {
            return "redirect:/cart";
        }
        if (!CustomerState.getCustomer(request).isRegistered()) {
            String address = email == null ? "" : email.trim();
            if (!EMAIL.matcher(address).matches()) {
                model.addAttribute("registered", false);
                model.addAttribute("email", address);
                model.addAttribute("emailInvalid", true);
                return "checkout/checkout";
            }
            cart.setEmailAddress(address);
            CartState.setCart(orderService.save(cart, false));
        }
        return processPassthroughCheckout(redirectAttributes, PaymentType.COD);
    }

    /** Whether there is a cart with something in it (Broadleaf's null order has no item list). */
    private static boolean hasItems(Order cart) {
        return cart != null && cart.getOrderItems() != null && !cart.getOrderItems().isEmpty();
    }
}
