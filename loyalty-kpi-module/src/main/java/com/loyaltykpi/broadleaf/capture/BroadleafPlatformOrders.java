package com.loyaltykpi.broadleaf.capture;

import com.loyaltykpi.core.reconcile.LoadedOrders;
import com.loyaltykpi.core.reconcile.OrderPage;
import com.loyaltykpi.core.reconcile.OrderRef;
import com.loyaltykpi.core.reconcile.PlatformOrders;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** Broadleaf's submitted and cancelled orders, read through blPU for reconciliation and backfill. */
public class BroadleafPlatformOrders implements PlatformOrders {

    private static final List<String> STATUSES = Arrays.asList(OrderStatus.SUBMITTED.getType(), OrderStatus.CANCELLED.getType());
    private static final String SUBMITTED_SINCE = " FROM OrderImpl o WHERE o.status IN (:statuses) AND o.submitDate >= :since";

    @PersistenceContext(unitName = "blPU")
    private EntityManager em;

    private final BroadleafOrderReader reader;
    private final TransactionTemplate readTransaction;

    /** @param readTransaction a read-only REQUIRES_NEW template: each chunk reads in a fresh persistence context */
    public BroadleafPlatformOrders(BroadleafOrderReader reader, TransactionTemplate readTransaction) {
        this.reader = reader;
        this.readTransaction = readTransaction;
    }

    @Override
    public long count(Instant since) {
        return em.createQuery("SELECT COUNT(o)" + SUBMITTED_SINCE, Long.class)
                .setParameter("statuses", STATUSES).setParameter("since", new Date(since.toEpochMilli()))
                .getSingleResult();
    }

    @Override
    public OrderPage page(Instant since, String cursor, int limit) {
        List<Object[]> rows = em.createQuery("SELECT o.id, o.status" + SUBMITTED_SINCE + " AND o.id > :after ORDER BY o.id",
                        Object[].class)
                .setParameter("statuses", STATUSES).setParameter("since", new Date(since.toEpochMilli()))
                .setParameter("after", cursor == null ? Long.MIN_VALUE : Long.parseLong(cursor))
                .setMaxResults(limit).getResultList();
        List<OrderRef> refs = new ArrayList<OrderRef>();
        for (Object[] row : rows) {
            refs.add(new OrderRef(String.valueOf(row[0]), OrderStatus.CANCELLED.getType().equals(row[1])));
        }
        return new OrderPage(refs, refs.isEmpty() ? cursor : refs.get(refs.size() - 1).orderId());
    }

    @Override
    public LoadedOrders load(final List<String> orderIds) {
        return readTransaction.execute(new TransactionCallback<LoadedOrders>() {
            @Override
            public LoadedOrders doInTransaction(TransactionStatus status) {
                return read(orderIds);
            }
        });
    }

    private LoadedOrders read(List<String> orderIds) {
        List<Long> ids = new ArrayList<Long>();
        for (String id : orderIds) {
            ids.add(Long.valueOf(id));
        }
        Map<Long, Order> byId = new HashMap<Long, Order>();
        for (Order order : em.createQuery("SELECT o FROM OrderImpl o WHERE o.id IN (:ids)", Order.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(order.getId(), order);
        }
        LoadedOrders loaded = new LoadedOrders();
        for (Long id : ids) {
            Order order = byId.get(id);
            try {
                if (order == null) {
                    loaded.unreadable(String.valueOf(id), "no such order");
                } else {
                    loaded.add(reader.read(order));
                }
            } catch (RuntimeException e) {
                loaded.unreadable(String.valueOf(id), e.toString());
            }
        }
        em.clear();
        return loaded;
    }
}
