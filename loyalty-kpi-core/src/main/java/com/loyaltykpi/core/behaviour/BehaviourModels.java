package com.loyaltykpi.core.behaviour;

import com.loyaltykpi.core.capture.CustomerFactStream;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.ShopTimeZone;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
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
import java.util.List;
import java.util.Map;

/**
 * Computes the behaviour model of every registered customer per currency from the order facts (docs/CUSTOMERS.md):
 * their history to today, scores and segment against the shop's customers of the currency, and, where the shop's
 * BG/NBD and Gamma-Gamma fits succeed, the probability of being active and the purchases, spend and value expected in
 * the next {@link #HORIZON_WEEKS} weeks; with the honest check of the model on the last six months
 * ({@link HoldoutCheck}). The facts are read in one pass in the order of their customer index; the
 * tables are replaced whole in one transaction under the erasure's lock, so that a customer erased meanwhile never
 * keeps a row. Guests and erased customers have no model.
 */
public class BehaviourModels {

    /** The prediction horizon: the next 12 months. */
    public static final double HORIZON_WEEKS = 52;
    /** The days held out for the honest check: the last 26 weeks. */
    static final int HOLDOUT_DAYS = (int) (HoldoutCheck.WEEKS * 7);
    private static final Log LOG = LogFactory.getLog(BehaviourModels.class);

    private final JdbcTemplate jdbc;
    private final BehaviourStore store;
    private final ShopTimeZone timeZone;
    private final ClusterLock lock;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public BehaviourModels(JdbcTemplate jdbc, BehaviourStore store, ShopTimeZone timeZone, ClusterLock lock,
                           TransactionTemplate newTransaction, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.timeZone = timeZone;
        this.lock = lock;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /** Recomputes every customer's model; returns each currency's fit. */
    public List<CurrencyModel> refresh() {
        final ZoneId zone = timeZone.current();
        final LocalDate today = LocalDate.now(clock.withZone(zone));
        long started = System.nanoTime();
        Map<String, Map<String, CustomerRecord>> byCurrency = read(zone, today.minusDays(HOLDOUT_DAYS));
        long read = System.nanoTime();
        final List<CurrencyModel> models = new ArrayList<CurrencyModel>();
        for (Map.Entry<String, Map<String, CustomerRecord>> currency : byCurrency.entrySet()) {
            models.add(CurrencyModel.compute(currency.getKey(), currency.getValue(), today, HORIZON_WEEKS));
        }
        long computed = System.nanoTime();
        final Instant now = clock.instant();
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                lock.lock(Aggregator.LOCK); // the erasure's: none runs between the write and the check below
                store.replace(models, now);
            }
        });
        long written = System.nanoTime();
        LOG.info("Loyalty: behaviour models of " + count(models) + " customers in " + models.size()
                + " currencies computed in " + millis(started, written) + " ms (facts read in " + millis(started, read)
                + ", models and fits " + millis(read, computed) + ", written " + millis(computed, written) + ")");
        return models;
    }

    /** Every registered customer's submitted orders, per currency and customer, merged by day in this zone. */
    private Map<String, Map<String, CustomerRecord>> read(ZoneId zone, LocalDate cutoff) {
        final CustomerRecords records = new CustomerRecords(zone, cutoff);
        new CustomerFactStream(jdbc, newTransaction).read(CustomerRecords.COLUMNS, new CustomerFactStream.FactHandler() {
            @Override
            public void fact(String customer, ResultSet rs) throws SQLException {
                records.add(customer, rs);
            }
        });
        return records.byCurrency();
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static int count(List<CurrencyModel> models) {
        int n = 0;
        for (CurrencyModel model : models) {
            n += model.customers().size();
        }
        return n;
    }
}
