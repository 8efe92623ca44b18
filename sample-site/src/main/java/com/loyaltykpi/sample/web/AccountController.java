package com.loyaltykpi.sample.web;

import com.loyaltykpi.broadleaf.membership.CustomerAttributes;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipPeriod;
import com.loyaltykpi.core.membership.MembershipSource;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The shopper's account page: their loyalty membership (since when, their card), and the buttons to join or
 * leave the program, recorded by the module with the source ACCOUNT_PAGE.
 */
@Controller
@RequestMapping("/account")
public class AccountController {

    @Resource(name = "lkMembership")
    private Membership membership;

    @RequestMapping(method = RequestMethod.GET)
    public String account(HttpServletRequest request, Model model) {
        Customer customer = CustomerState.getCustomer(request);
        String id = String.valueOf(customer.getId());
        model.addAttribute("customer", customer);
        MembershipPeriod open = membership.history(id).openPeriod();
        if (open != null) {
            Locale locale = BroadleafRequestContext.getBroadleafRequestContext().getJavaLocale();
            model.addAttribute("memberSince", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(open.enrolledAt().atZone(ZoneOffset.UTC)));
        }
        model.addAttribute("card", CustomerAttributes.valueOf(customer, ShopRegisterController.CARD));
        return "account/account";
    }

    @RequestMapping(value = "/loyalty/join", method = RequestMethod.POST)
    public String join(HttpServletRequest request, RedirectAttributes flash) {
        membership.enrol(String.valueOf(CustomerState.getCustomer(request).getId()), MembershipSource.ACCOUNT_PAGE);
        flash.addFlashAttribute("changed", "sample.account.joined");
        return "redirect:/account";
    }

    @RequestMapping(value = "/loyalty/leave", method = RequestMethod.POST)
    public String leave(HttpServletRequest request, RedirectAttributes flash) {
        membership.leave(String.valueOf(CustomerState.getCustomer(request).getId()), MembershipSource.ACCOUNT_PAGE);
        flash.addFlashAttribute("changed", "sample.account.left");
        return "redirect:/account";
    }
}
