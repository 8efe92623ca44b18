package com.loyaltykpi.broadleaf.capture;

import com.loyaltykpi.core.capture.LoadedOrders;
import com.loyaltykpi.core.capture.OrderPage;
import com.loyaltykpi.core.capture.OrderRef;
import com.loyaltykpi.core.capture.PlatformOrders;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityNotFoundException;
import javax.persistence.PersistenceException;
import javax.sql.DataSource;

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
    private final DataSource dataSource;
    private volatile Duration submitPrecision;

    public BroadleafPlatformOrders(EntityManagerFactory emf, BroadleafOrderReader reader, DataSource dataSource) {
        this.emf = emf;
        this.reader = reader;
        this.dataSource = dataSource;
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
                refs.add(OrderRef.listed(String.valueOf(row[0]), OrderStatus.CANCELLED.getType().equals(row[1])));
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
        LoadedOrders loaded = new LoadedOrders();
        Map<Long, Order> byId = new HashMap<Long, Order>();
        EntityManager em = emf.createEntityManager();
        try {
            for (Order order : fetch(em, ids)) {
                byId.put(order.getId(), order);
            }
            for (Long id : ids) {
                if (byId.containsKey(id)) {
                    loaded.add(reader.read(byId.get(id), submitPrecision()));
                }
            }
        } catch (PersistenceException oneOrderCannotBeLoaded) {
            byId.clear();
            loaded = new LoadedOrders();
        } finally {
            em.close();
        }
        for (Long id : ids) {
            if (!byId.containsKey(id)) {
                readOne(id, loaded);
            }
        }
        return loaded;
    }

    /**
     * Loads the orders with what reading them touches, a few queries per chunk instead of several per order:
     * customers and items, order discounts, item price details and their discounts. Each query fills the same
     * persistence context, so the reader then finds every collection initialized.
     */
    private static List<Order> fetch(EntityManager em, List<Long> ids) {
        List<Order> orders = em.createQuery("SELECT DISTINCT o FROM OrderImpl o JOIN FETCH o.customer "
                + "LEFT JOIN FETCH o.orderItems WHERE o.id IN (:ids)", Order.class).setParameter("ids", ids).getResultList();
        em.createQuery("SELECT DISTINCT o FROM OrderImpl o LEFT JOIN FETCH o.orderAdjustments WHERE o.id IN (:ids)")
                .setParameter("ids", ids).getResultList();
        em.createQuery("SELECT DISTINCT i FROM OrderItemImpl i LEFT JOIN FETCH i.orderItemPriceDetails "
                + "WHERE i.order.id IN (:ids)").setParameter("ids", ids).getResultList();
        em.createQuery("SELECT DISTINCT d FROM OrderItemPriceDetailImpl d LEFT JOIN FETCH d.orderItemPriceDetailAdjustments "
                + "WHERE d.orderItem.order.id IN (:ids)").setParameter("ids", ids).getResultList();
        return orders;
    }

    /**
     * Reads one order on its own, when the chunk could not load it: an order whose customer (or another row
     * Broadleaf loads with it) no longer exists cannot be loaded by Broadleaf at all, and must not hold up the
     * others. It is skipped for good, with the reason; an order deleted meanwhile is simply gone.
     */
    private void readOne(Long id, LoadedOrders loaded) {
        EntityManager em = emf.createEntityManager();
        try {
            Order order = em.find(OrderImpl.class, id);
            if (order != null) {
                loaded.add(reader.read(order, submitPrecision()));
            } else if (exists(em, id)) {
                loaded.unloadable(String.valueOf(id), "Broadleaf cannot load the order: a row it refers to "
                        + "(such as its customer) no longer exists");
            } else {
                loaded.unreadable(String.valueOf(id), "the order was deleted meanwhile");
            }
        } catch (EntityNotFoundException missingReference) {
            loaded.unloadable(String.valueOf(id), "Broadleaf cannot load the order: " + missingReference.getMessage());
        } catch (RuntimeException e) {
            loaded.unreadable(String.valueOf(id), e.toString());
        } finally {
            em.close();
        }
    }

    private static boolean exists(EntityManager em, Long id) {
        return !em.createQuery("SELECT o.id FROM OrderImpl o WHERE o.id = :id", Long.class)
                .setParameter("id", id).getResultList().isEmpty();
    }

    /**
     * How precisely BLC_ORDER.SUBMIT_DATE keeps time: whole seconds where Hibernate 4.1 made it a MySQL/MariaDB
     * DATETIME, milliseconds or better elsewhere. Read once from the database's own metadata.
     */
    private Duration submitPrecision() {
        if (submitPrecision == null) {
            submitPrecision = fractionalDigitsOfSubmitDate() > 0 ? Duration.ofMillis(1) : Duration.ofSeconds(1);
        }
        return submitPrecision;
    }

    private int fractionalDigitsOfSubmitDate() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : new String[] {"BLC_ORDER", "blc_order"}) {
                try (ResultSet columns = meta.getColumns(null, null, table, null)) {
                    while (columns.next()) {
                        if ("SUBMIT_DATE".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                            return columns.getInt("DECIMAL_DIGITS");
                        }
                    }
                }
            }
            return 3;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the type of BLC_ORDER.SUBMIT_DATE", e);
        }
    }
}
