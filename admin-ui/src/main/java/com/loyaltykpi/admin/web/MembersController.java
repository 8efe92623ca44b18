package com.loyaltykpi.admin.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.loyaltykpi.admin.members.BroadleafCustomerSearch;
import com.loyaltykpi.admin.members.CustomerSummary;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipChange;
import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.settings.ShopTimeZone;

/** Members: find a customer, read their membership history and orders, enrol or remove them (source "admin"). */
@Controller
public class MembersController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-members";
    /** Orders shown on a member's page, newest first. */
    static final int ORDERS_SHOWN = 50;

    private final BroadleafCustomerSearch search;
    private final Membership membership;
    private final OrderFactStore facts;
    private final ShopTimeZone timeZone;

    public MembersController(BroadleafCustomerSearch search, Membership membership, OrderFactStore facts,
                             ShopTimeZone timeZone) {
        this.search = search;
        this.membership = membership;
        this.facts = facts;
        this.timeZone = timeZone;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String find(HttpServletResponse response, Model model, @RequestParam(value = "q", required = false) String q) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        return searchPage(model, q);
    }

    /** The search form with the customers found for {@code q} (none for an empty one). */
    private String searchPage(Model model, String q) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("searched", q != null && !q.trim().isEmpty());
        model.addAttribute("customers", search.find(q));
        model.addAttribute("limit", BroadleafCustomerSearch.LIMIT);
        return screen(model, SECTION, "members");
    }

    @RequestMapping(value = "/" + SECTION + "/{customerId}", method = RequestMethod.GET)
    public String member(HttpServletRequest request, HttpServletResponse response, Model model,
                         @PathVariable("customerId") String customerId) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        CustomerSummary customer = search.byId(customerId);
        if (customer == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problem", "lk.members.unknown");
            return searchPage(model, null);
        }
        MembershipHistory history = membership.history(customer.getId());
        model.addAttribute("customer", customer);
        model.addAttribute("history", history.periods());
        model.addAttribute("member", history.openPeriod() != null);
        model.addAttribute("orders", facts.latestOfCustomer(customer.getId(), ORDERS_SHOWN));
        model.addAttribute("ordersShown", ORDERS_SHOWN);
        model.addAttribute("dates", new Dates(locale(request), timeZone.current()));
        return screen(model, SECTION, "member");
    }

    @RequestMapping(value = "/" + SECTION + "/{customerId}/enrol", method = RequestMethod.POST)
    public String enrol(HttpServletResponse response, @PathVariable("customerId") String customerId,
                        RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        return changed(customerId, membership.enrol(customerId, MembershipSource.ADMIN), redirect);
    }

    @RequestMapping(value = "/" + SECTION + "/{customerId}/remove", method = RequestMethod.POST)
    public String remove(HttpServletResponse response, @PathVariable("customerId") String customerId,
                         RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        return changed(customerId, membership.leave(customerId, MembershipSource.ADMIN), redirect);
    }

    /** Back to the member's page with what happened, in the operator's language. */
    private String changed(String customerId, MembershipChange change, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", "lk.members.outcome." + change.name());
        return "redirect:/" + SECTION + "/" + customerId;
    }
}
