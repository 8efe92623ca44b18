package com.loyaltykpi.broadleaf.capture;

import com.loyaltykpi.core.reconcile.LoadedOrders;
import com.loyaltykpi.core.reconcile.OrderPage;
import com.loyaltykpi.core.reconcile.OrderRef;
import com.loyaltykpi.core.reconcile.PlatformOrders;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Broadleaf's submitted and cancelled orders, read through blPU for reconciliation and backfill. Every call
 * reads with an EntityManager of its own, closed afterwards: a run never touches (or flushes, or fills) the
 * EntityManager of a request it happens to be started from.
 */
public class BroadleafPlatformOrders implements PlatformOrders {

    private static final List<String> STATUSES = Arrays.asList(OrderStatus.SUBMITTED.getType(), OrderStatus.CANCELLED.getType());
    private static final String SUBMITTED_SINCE = " FROM OrderImpl o WHERE o.status IN (:statuses) AND o.submitDate >= :since";

    private final EntityManagerFactory emf;
    private final BroadleafOrderReader reader;

    public BroadleafPlatformOrders(EntityManagerFactory emf, BroadleafOrderReader reader) {
        this.emf = emf;
        this.reader = reader;
    }

    @Override
    public long count(Instant since) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery("SELECT COUNT(o)" + SUBMITTED_SINCE, Long.class)
                    .setParameter("statuses", STATUSES).setParameter("since", new Date(since.toEpochMilli()))
                    .getSingleResult();
        } finally {
            em.close();
        }
    }

    @Override
    public OrderPage page(Instant since, String cursor, int limit) {
        EntityManager em = emf.createEntityManager();
        try {
            List<Object[]> rows = em.createQuery("SELECT o.id, o.status" + SUBMITTED_SINCE
                            + " AND o.id > :after ORDER BY o.id", Object[].class)
                    .setParameter("statuses", STATUSES).setParameter("since", new Date(since.toEpochMilli()))
                    .setParameter("after", cursor == null ? Long.MIN_VALUE : Long.parseLong(cursor))
                    .setMaxResults(limit).getResultList();
            List<OrderRef> refs = new ArrayList<OrderRef>();
            for (Object[] row : rows) {
                refs.add(new OrderRef(String.valueOf(row[0]), OrderStatus.CANCELLED.getType().equals(row[1])));
            }
            return new OrderPage(refs, refs.isEmpty() ? cursor : refs.get(refs.size() - 1).orderId());
        } finally {
            em.close();
        }
    }

    @Override
    public LoadedOrders load(List<String> orderIds) {
        List<Long> ids = new ArrayList<Long>();
        for (String id : orderIds) {
            ids.add(Long.valueOf(id));
        }
        EntityManager em = emf.createEntityManager();
        try {
            Map<Long, Order> byId = new HashMap<Long, Order>();
            for (Order order : em.createQuery("SELECT o FROM OrderImpl o WHERE o.id IN (:ids)", Order.class)
                    .setParameter("ids", ids).getResultList()) {
                byId.put(order.getId(), order);
            }
            LoadedOrders loaded = new LoadedOrders();
            for (Long id : ids) {
                readInto(loaded, id, byId.get(id));
            }
            return loaded;
        } finally {
            em.close();
        }
    }

    private void readInto(LoadedOrders loaded, Long id, Order order) {
        if (order == null) {
            loaded.unreadable(String.valueOf(id), "no such order");
            return;
        }
        try {
            loaded.add(reader.read(order));
        } catch (RuntimeException e) {
            loaded.unreadable(String.valueOf(id), e.toString());
        }
    }
}
