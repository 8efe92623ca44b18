package com.loyaltykpi.admin.web;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

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

import com.loyaltykpi.core.screens.Dates;
import com.loyaltykpi.core.screens.PageNumber;
import com.loyaltykpi.admin.members.BroadleafCustomerSearch;
import com.loyaltykpi.admin.members.CustomerSummary;
import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipChange;
import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.privacy.AccessExport;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.core.settings.ShopTimeZone;

/**
 * Members: find a customer, read their membership history and orders, enrol or remove them (source "admin"), erase
 * them on request or download what the module holds about them (JSON). Each action goes to the audit log.
 */
@Controller
public class MembersController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-members";
    /** Orders shown on a member's page, newest first. */
    static final int ORDERS_SHOWN = 50;
    /** A platform customer id: Broadleaf's are numbers. */
    static final Pattern CUSTOMER_ID = Pattern.compile("[0-9]{1,18}");

    private final BroadleafCustomerSearch search;
    private final Membership membership;
    private final OrderFactStore facts;
    private final ShopTimeZone timeZone;
    private final Erasure erasure;
    private final AccessExport access;
    private final ObjectMapper json = new ObjectMapper();

    public MembersController(BroadleafCustomerSearch search, Membership membership, OrderFactStore facts,
                             ShopTimeZone timeZone, Erasure erasure, AccessExport access) {
        this.search = search;
        this.membership = membership;
        this.facts = facts;
        this.timeZone = timeZone;
        this.erasure = erasure;
        this.access = access;
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
        if (!CUSTOMER_ID.matcher(customerId).matches()) {
            return badId(response, model);
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
        MembershipChange change = membership.enrol(customerId, MembershipSource.ADMIN);
        audited(AuditAction.ENROL, customerId, change.name());
        return changed(customerId, change, redirect);
    }

    @RequestMapping(value = "/" + SECTION + "/{customerId}/remove", method = RequestMethod.POST)
    public String remove(HttpServletResponse response, @PathVariable("customerId") String customerId,
                         RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        MembershipChange change = membership.leave(customerId, MembershipSource.ADMIN);
        audited(AuditAction.REMOVE, customerId, change.name());
        return changed(customerId, change, redirect);
    }

    /** The right to be forgotten: erases the customer from every module table (the KPIs stay as they were). */
    @RequestMapping(value = "/" + SECTION + "/{customerId}/erase", method = RequestMethod.POST)
    public String erase(HttpServletResponse response, Model model, @PathVariable("customerId") String customerId,
                        RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        if (!CUSTOMER_ID.matcher(customerId).matches()) {
            return badId(response, model);
        }
        erasure.eraseCustomer(customerId, adminName());
        redirect.addFlashAttribute("outcome", "lk.members.outcome.ERASED_NOW");
        return "redirect:/" + SECTION + "/" + customerId;
    }

    /** The right of access: everything the module holds about the customer, as one JSON file. */
    @RequestMapping(value = "/" + SECTION + "/{customerId}/data.json", method = RequestMethod.GET)
    public String download(HttpServletResponse response, Model model, @PathVariable("customerId") String customerId)
            throws IOException {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        if (!CUSTOMER_ID.matcher(customerId).matches()) {
            return badId(response, model);
        }
        Map<String, Object> data = access.of(customerId);
        audited(AuditAction.ACCESS_EXPORT, customerId, null);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"loyalty-customer-" + customerId + ".json\"");
        json.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), data);
        return null;
    }

    /** A 400 and the search page saying the id is not one. */
    private String badId(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", "lk.members.badId");
        return searchPage(model, null);
    }

    /** Back to the member's page with what happened, in the operator's language. */
    private String changed(String customerId, MembershipChange change, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", "lk.members.outcome." + change.name());
        return "redirect:/" + SECTION + "/" + customerId;
    }
}
