package com.loyaltykpi.core.screens;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipChange;
import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.privacy.AccessExport;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.core.settings.ShopTimeZone;

/**
 * The members screens as both hosts show them (the Broadleaf admin and the KPI server), with the shared templates
 * {@code members.html} (the search) and {@code member.html} (one customer: membership, history, orders, behaviour
 * model, survey answers, personal data): enrolling and removing by hand, and the rights of access and erasure, each written to the audit log.
 */
public final class MembersPage {

    /** Orders shown on a member's page, newest first. */
    public static final int ORDERS_SHOWN = 50;

    private final CustomerDirectory directory;
    private final Membership membership;
    private final OrderFactStore facts;
    private final ShopTimeZone timeZone;
    private final Erasure erasure;
    private final AccessExport access;
    private final AuditLog audit;
    private final CustomerProfile profile;

    public MembersPage(CustomerDirectory directory, Membership membership, OrderFactStore facts, ShopTimeZone timeZone,
                       Erasure erasure, AccessExport access, AuditLog audit, CustomerProfile profile) {
        this.directory = directory;
        this.membership = membership;
        this.facts = facts;
        this.timeZone = timeZone;
        this.erasure = erasure;
        this.access = access;
        this.audit = audit;
        this.profile = profile;
    }

    /** The search form with the customers found for q (none for an empty one). */
    public ScreenView search(String q) {
        return search(q, null, 200);
    }

    private ScreenView search(String q, String problem, int status) {
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        model.put("q", q == null ? "" : q);
        model.put("searched", q != null && !q.trim().isEmpty());
        model.put("customers", directory.find(q));
        model.put("limit", CustomerDirectory.LIMIT);
        model.put("contacts", directory.contacts());
        model.put("problem", problem);
        return new ScreenView("members", model, status);
    }

    /** One customer's page; the search with the problem when the id is not one (400) or unknown (404). */
    public ScreenView member(String customerId, Locale locale) {
        if (!directory.isId(customerId)) {
            return search(null, "lk.members.badId", 400);
        }
        CustomerSummary customer = directory.byId(customerId);
        if (customer == null) {
            return search(null, "lk.members.unknown", 404);
        }
        MembershipHistory history = membership.history(customer.getId());
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        model.put("customer", customer);
        model.put("contacts", directory.contacts());
        model.put("history", history.periods());
        model.put("member", history.openPeriod() != null);
        model.put("orders", facts.latestOfCustomer(customer.getId(), ORDERS_SHOWN));
        model.put("ordersShown", ORDERS_SHOWN);
        model.put("models", profile.models(customer.getId()));
        model.put("offerGroup", profile.offerGroup(customer.getId()));
        model.put("answers", profile.answers(customer.getId()));
        model.put("answersShown", CustomerProfile.ANSWERS_SHOWN);
        model.put("dates", new Dates(locale, timeZone.current()));
        return new ScreenView("member", model, 200);
    }

    /** Enrols the customer by hand (source ADMIN); the message key of what happened. */
    public String enrol(String customerId, String operator) {
        MembershipChange change = membership.enrol(customerId, MembershipSource.ADMIN);
        audit.record(operator, AuditAction.ENROL, customerId, change.name());
        return "lk.members.outcome." + change.name();
    }

    /** Ends the customer's membership by hand; the message key of what happened. */
    public String remove(String customerId, String operator) {
        MembershipChange change = membership.leave(customerId, MembershipSource.ADMIN);
        audit.record(operator, AuditAction.REMOVE, customerId, change.name());
        return "lk.members.outcome." + change.name();
    }

    /**
     * The right to be forgotten: erases the customer from every module table (the KPIs stay as they were; the erasure
     * writes its own audit line). The message key of what happened, or null when the id is not one.
     */
    public String erase(String customerId, String operator) {
        if (!directory.isId(customerId)) {
            return null;
        }
        erasure.eraseCustomer(customerId, operator);
        return "lk.members.outcome.ERASED_NOW";
    }

    /** The right of access: everything the module holds about the customer (null when the id is not one). */
    public Map<String, Object> personalData(String customerId, String operator) {
        if (!directory.isId(customerId)) {
            return null;
        }
        Map<String, Object> data = access.of(customerId);
        audit.record(operator, AuditAction.ACCESS_EXPORT, customerId, null);
        return data;
    }

    /** The search with the problem that the id is not one (the host answers 400). */
    public ScreenView badId() {
        return search(null, "lk.members.badId", 400);
    }
}
