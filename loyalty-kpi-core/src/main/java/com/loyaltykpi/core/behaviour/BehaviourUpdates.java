package com.loyaltykpi.core.behaviour;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.privacy.Pseudonyms;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.support.Chunks;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Between two daily computations, the models of the customers whose orders changed (an order recorded or corrected, an
 * order cancelled): each is scored alone against the quintiles and fits the latest computation stored
 * ({@link Scores}), so that a customer who buys leaves the at-risk segment within minutes rather than the next day. The
 * rest of the shop's customers, the fits, the check and the segments' figures stay as the daily computation left them.
 * Changes are found by the facts' recording and cancellation times (indexed), from the last run on, with an overlap
 * for facts whose transactions committed late; scoring a customer twice is harmless. A currency the latest computation
 * did not store scores for (a new one) waits for the next daily computation, and so do its customers.
 */
public class BehaviourUpdates {

    public static final String SEEN_TO = "behaviour.changesSeenTo";
    /** How far before the last run's start changes are looked for again. */
    public static final long OVERLAP_MILLIS = 10 * 60 * 1000L;
    private static final Log LOG = LogFactory.getLog(BehaviourUpdates.class);

    private final JdbcTemplate jdbc;
    private final BehaviourStore store;
    private final SettingsStore settings;
    private final ShopTimeZone timeZone;
    private final ClusterLock lock;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public BehaviourUpdates(JdbcTemplate jdbc, BehaviourStore store, SettingsStore settings, ShopTimeZone timeZone,
                            ClusterLock lock, TransactionTemplate newTransaction, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.settings = settings;
        this.timeZone = timeZone;
        this.lock = lock;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /** Rescores the customers whose orders changed since the last run; returns them (none before the first models). */
    public Set<String> update() {
        Long seenTo = seenTo();
        if (seenTo == null) {
            return Collections.emptySet();
        }
        long started = clock.millis();
        Set<String> changed = changedSince(seenTo - OVERLAP_MILLIS);
        Set<String> rescored = new TreeSet<String>();
        if (!changed.isEmpty()) {
            Map<String, Scores> scores = store.storedScores();
            ZoneId zone = timeZone.current();
            LocalDate today = LocalDate.now(clock.withZone(zone));
            for (List<String> chunk : Chunks.of(new ArrayList<String>(changed))) {
                rescored.addAll(rescore(chunk, scores, zone, today));
            }
            LOG.info("Loyalty: behaviour models of " + rescored.size() + " customers whose orders changed updated in "
                    + (clock.millis() - started) + " ms");
        }
        settings.put(SEEN_TO, String.valueOf(started));
        return rescored;
    }

    /** Where the last run began; before the first, when the latest models were computed (null: no models yet). */
    private Long seenTo() {
        String stored = settings.get(SEEN_TO);
        if (stored != null) {
            return Long.valueOf(stored);
        }
        return jdbc.queryForObject("SELECT MAX(COMPUTED_AT) FROM LK_BEHAVIOUR_FIT", Long.class);
    }

    /** The registered customers with a fact recorded or cancelled after this instant. */
    private Set<String> changedSince(long since) {
        final Set<String> customers = new LinkedHashSet<String>();
        jdbc.query("SELECT CUSTOMER_ID FROM LK_ORDER_FACT WHERE RECORDED_AT > ? AND CUSTOMER_ID IS NOT NULL "
                + "UNION SELECT CUSTOMER_ID FROM LK_ORDER_FACT WHERE CANCELLED_AT > ? AND CUSTOMER_ID IS NOT NULL",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        if (!Pseudonyms.isPseudonym(rs.getString(1))) {
                            customers.add(rs.getString(1));
                        }
                    }
                }, since, since);
        return customers;
    }

    /** Scores these customers alone and replaces their models; returns those rescored. */
    private Set<String> rescore(List<String> customers, Map<String, Scores> scores, ZoneId zone, LocalDate today) {
        final CustomerRecords records = new CustomerRecords(zone, today.minusDays(BehaviourModels.HOLDOUT_DAYS));
        new NamedParameterJdbcTemplate(jdbc).query("SELECT CUSTOMER_ID, " + CustomerRecords.COLUMNS
                + " FROM LK_ORDER_FACT WHERE STATUS = :status AND CUSTOMER_ID IN (:customers) "
                + "ORDER BY CUSTOMER_ID, SUBMITTED_AT", new MapSqlParameterSource("customers", customers)
                .addValue("status", FactStatus.SUBMITTED.name()), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        records.add(rs.getString(1), rs);
                    }
                });
        final Set<String> rescored = new TreeSet<String>(customers);
        for (Map.Entry<String, Map<String, CustomerRecord>> currency : records.byCurrency().entrySet()) {
            if (!scores.containsKey(currency.getKey())) {
                rescored.removeAll(currency.getValue().keySet()); // a currency new since the daily computation
            }
        }
        final Map<String, List<CustomerModel>> models = new HashMap<String, List<CustomerModel>>();
        for (Map.Entry<String, Map<String, CustomerRecord>> currency : records.byCurrency().entrySet()) {
            List<CustomerModel> of = new ArrayList<CustomerModel>();
            for (Map.Entry<String, CustomerRecord> customer : currency.getValue().entrySet()) {
                if (rescored.contains(customer.getKey())) {
                    CustomerPurchases p = customer.getValue().all();
                    of.add(scores.get(currency.getKey()).model(customer.getKey(), p, p.history(today), today,
                            BehaviourModels.HORIZON_WEEKS));
                }
            }
            models.put(currency.getKey(), of);
        }
        final Instant now = clock.instant();
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                lock.lock(Aggregator.LOCK); // the erasure's: an erased customer gets no model back
                store.replaceCustomers(rescored, models, now);
            }
        });
        return rescored;
    }
}
