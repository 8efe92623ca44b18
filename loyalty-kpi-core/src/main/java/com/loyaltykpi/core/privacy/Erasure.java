package com.loyaltykpi.core.privacy;

import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.DataVersion;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The right to be forgotten, as a Java API: the admin's member page calls it, and so should the shop's own customer
 * deletion. Erasing a customer replaces their id in every module table by a random stand-in (every KPI of every past
 * period stays exactly as it was, a rebuild included), ends their membership now, removes their comments, order
 * numbers and survey links, and remembers the erasure by the platform's keys so that they are never enrolled or
 * invited again. Erasing twice is harmless. Each erasure is one transaction, under the rollup lock (the aggregation
 * never sees half of it), and is written to the audit log with it. Then the platform's copy of the customer's offer
 * group (Broadleaf: the customer attribute) is removed; should that fail, erasing again removes it.
 */
public class Erasure {

    private final PersonalDataStore data;
    private final ErasureStore erasures;
    private final MembershipStore memberships;
    private final PlatformOrderLookup platformOrders;
    private final AuditLog audit;
    private final ClusterLock lock;
    private final DataVersion dataVersion;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final PlatformCopies platformCopies;

    /** platformCopies: what the module keeps in the platform's data, or null where it keeps nothing there. */
    public Erasure(PersonalDataStore data, ErasureStore erasures, MembershipStore memberships,
                   PlatformOrderLookup platformOrders, AuditLog audit, ClusterLock lock, DataVersion dataVersion,
                   TransactionTemplate newTransaction, Clock clock, PlatformCopies platformCopies) {
        this.data = data;
        this.erasures = erasures;
        this.memberships = memberships;
        this.platformOrders = platformOrders;
        this.audit = audit;
        this.lock = lock;
        this.dataVersion = dataVersion;
        this.newTransaction = newTransaction;
        this.clock = clock;
        this.platformCopies = platformCopies;
    }

    /**
     * Erases everything the module holds about a registered customer.
     *
     * @param actor who asked (the admin user's name, or what the integrator's code says), for the audit log
     * @return how many rows changed (0 when there was nothing left to erase)
     */
    public int eraseCustomer(final String customerId, final String actor) {
        if (customerId == null || customerId.trim().isEmpty()) {
            throw new IllegalArgumentException("no customer id");
        }
        final Set<OrderKey> platformKeys = new LinkedHashSet<OrderKey>(platformOrders.ofCustomer(customerId));
        int rows = newTransaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                lock.lock(Aggregator.LOCK);
                Instant now = clock.instant();
                int changed = memberships.close(customerId, MembershipSource.ERASURE, now) ? 1 : 0;
                String pseudonym = Pseudonyms.next();
                changed += data.replaceCustomer(customerId, pseudonym, now);
                Set<OrderKey> orders = new LinkedHashSet<OrderKey>(platformKeys);
                orders.addAll(data.ordersOf(pseudonym));
                changed += data.eraseOrders(orders, now);
                erasures.record(customerId, idsOf(orders), now);
                audit.record(actor, AuditAction.ERASE, customerId, changed + " rows");
                return changed;
            }
        });
        dataVersion.bumpMembership();
        if (platformCopies != null) {
            platformCopies.remove(customerId);
        }
        return rows;
    }

    /**
     * Erases a guest's survey answers, comments and order numbers, found by order number or by the e-mail address
     * of the order(s). Returns how many orders were found; 0 when none matches.
     */
    public int eraseGuest(String orderNumberOrEmail, final String actor) {
        final String key = orderNumberOrEmail == null ? "" : orderNumberOrEmail.trim();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("no order number or e-mail address");
        }
        final Set<OrderKey> orders = new LinkedHashSet<OrderKey>(key.contains("@")
                ? platformOrders.withEmail(key.toLowerCase(Locale.ROOT)) : platformOrders.withNumber(key));
        if (orders.isEmpty()) {
            return 0;
        }
        newTransaction.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                lock.lock(Aggregator.LOCK);
                Instant now = clock.instant();
                data.eraseOrders(orders, now);
                erasures.record(null, idsOf(orders), now);
                audit.record(actor, AuditAction.ERASE_GUEST, null, orders.size() + " orders");
                return null;
            }
        });
        return orders.size();
    }

    /** The orders' ids, as the erasure is remembered (an erased order is never invited, whatever its origin). */
    private static Set<String> idsOf(Set<OrderKey> orders) {
        Set<String> ids = new LinkedHashSet<String>();
        for (OrderKey order : orders) {
            ids.add(order.orderId());
        }
        return ids;
    }
}
