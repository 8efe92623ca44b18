package com.loyaltykpi.core.behaviour;

import com.loyaltykpi.core.support.Chunks;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LK_CUSTOMER_MODEL, LK_BEHAVIOUR_FIT, LK_BEHAVIOUR_CHECK, LK_BEHAVIOUR_SEGMENT and LK_BEHAVIOUR_CUT: the customers'
 * behaviour models, the shop's fits, their honest checks, the segments and the quintiles, replaced whole by each
 * computation; a customer whose orders changed since has their own models replaced alone (in the caller's
 * transaction).
 */
public class BehaviourStore {

    private static final String INSERT_CUSTOMER = "INSERT INTO LK_CUSTOMER_MODEL (CUSTOMER_ID, CURRENCY, RECENCY_SCORE, "
            + "FREQUENCY_SCORE, MONETARY_SCORE, SEGMENT, PURCHASES, RECENCY_DAYS, P_ACTIVE, EXPECTED_PURCHASES, "
            + "EXPECTED_SPEND, PREDICTED_VALUE, COMPUTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FIT = "INSERT INTO LK_BEHAVIOUR_FIT (CURRENCY, CUSTOMERS, REPEAT_CUSTOMERS, BG_R, "
            + "BG_ALPHA, BG_A, BG_B, BG_LOG_LIKELIHOOD, GG_P, GG_Q, GG_GAMMA, REFUSAL, CHECK_TRUSTED, CHECK_MAE, "
            + "CHECK_REASON, COMPUTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CHECK = "INSERT INTO LK_BEHAVIOUR_CHECK (CURRENCY, REPEAT_PURCHASES, CUSTOMERS, "
            + "PREDICTED, ACTUAL) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_SEGMENT = "INSERT INTO LK_BEHAVIOUR_SEGMENT (CURRENCY, SEGMENT, CUSTOMERS, "
            + "PREDICTED_VALUE, P_ACTIVE) VALUES (?, ?, ?, ?, ?)";
    private static final int REFUSAL_LENGTH = 500;

    private final JdbcTemplate jdbc;
    private final ScoresStore scores;

    public BehaviourStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.scores = new ScoresStore(jdbc);
    }

    /** Replaces every model and fit by these; then drops the rows of customers erased meanwhile. */
    void replace(List<CurrencyModel> models, Instant computedAt) {
        jdbc.update("DELETE FROM LK_CUSTOMER_MODEL");
        jdbc.update("DELETE FROM LK_BEHAVIOUR_FIT");
        jdbc.update("DELETE FROM LK_BEHAVIOUR_CHECK");
        jdbc.update("DELETE FROM LK_BEHAVIOUR_SEGMENT");
        scores.deleteAll();
        long at = computedAt.toEpochMilli();
        for (CurrencyModel model : models) {
            insertCustomers(model.currency(), model.customers(), at);
            insertFit(model, at);
            scores.insert(model.currency(), model.scores());
            for (HoldoutCheck.FrequencyClass c : model.check().classes()) {
                jdbc.update(INSERT_CHECK, model.currency(), c.repeatPurchases(), c.customers(), scaled(c.predicted(), 5),
                        scaled(c.actual(), 5));
            }
            insertSegments(model);
        }
        deleteErased();
    }

    /**
     * Replaces these customers' models (every currency) by the given ones, by currency; the shop's fits, checks and
     * segments stay as the latest computation left them.
     */
    void replaceCustomers(Collection<String> customers, Map<String, List<CustomerModel>> byCurrency, Instant computedAt) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        Set<String> erased = new HashSet<String>();
        for (List<String> chunk : Chunks.of(new ArrayList<String>(customers))) {
            MapSqlParameterSource these = new MapSqlParameterSource("customers", chunk);
            named.update("DELETE FROM LK_CUSTOMER_MODEL WHERE CUSTOMER_ID IN (:customers)", these);
            erased.addAll(named.queryForList("SELECT SUBJECT_ID FROM LK_ERASURE WHERE KIND = 'CUSTOMER' "
                    + "AND SUBJECT_ID IN (:customers)", these, String.class));
        }
        for (Map.Entry<String, List<CustomerModel>> currency : byCurrency.entrySet()) {
            List<CustomerModel> kept = new ArrayList<CustomerModel>();
            for (CustomerModel model : currency.getValue()) {
                if (!erased.contains(model.customerId())) { // erased meanwhile (the caller holds the erasure's lock)
                    kept.add(model);
                }
            }
            insertCustomers(currency.getKey(), kept, computedAt.toEpochMilli());
        }
    }

    /** What the latest computation scored each currency's customers with (a currency it did not store: none). */
    Map<String, Scores> storedScores() {
        return scores.load();
    }

    private void insertCustomers(final String currency, List<CustomerModel> customers, final long at) {
        for (final List<CustomerModel> chunk : Chunks.of(customers)) {
            jdbc.batchUpdate(INSERT_CUSTOMER, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    CustomerModel c = chunk.get(i);
                    ps.setString(1, c.customerId());
                    ps.setString(2, currency);
                    ps.setInt(3, c.recencyScore());
                    ps.setInt(4, c.frequencyScore());
                    ps.setInt(5, c.monetaryScore());
                    ps.setString(6, c.segment().name());
                    ps.setInt(7, c.purchases());
                    ps.setInt(8, (int) Math.min(Integer.MAX_VALUE, c.recencyDays()));
                    decimal(ps, 9, c.probabilityActive(), 5);
                    decimal(ps, 10, c.expectedPurchases(), 5);
                    decimal(ps, 11, c.expectedSpend(), 5);
                    decimal(ps, 12, c.predictedValue(), 5);
                    ps.setLong(13, at);
                }

                @Override
                public int getBatchSize() {
                    return chunk.size();
                }
            });
        }
    }

    /** Erased while the models were computed: their rows go (the caller holds the erasure's lock). */
    private void deleteErased() {
        jdbc.update("DELETE FROM LK_CUSTOMER_MODEL WHERE CUSTOMER_ID IN (SELECT SUBJECT_ID FROM LK_ERASURE "
                + "WHERE KIND = 'CUSTOMER')");
    }

    private void insertFit(CurrencyModel model, long at) {
        BgNbd bg = model.purchases().model();
        GammaGamma gg = model.spend().model();
        String refusal = join(model.purchases().refusal(), model.spend().refusal());
        jdbc.update(INSERT_FIT, model.currency(), model.customers().size(), model.repeatCustomers(),
                bg == null ? null : scaled(bg.r(), 10), bg == null ? null : scaled(bg.alpha(), 10),
                bg == null ? null : scaled(bg.a(), 10), bg == null ? null : scaled(bg.b(), 10),
                bg == null ? null : scaled(model.purchases().logLikelihood(), 6),
                gg == null ? null : scaled(gg.p(), 10), gg == null ? null : scaled(gg.q(), 10),
                gg == null ? null : scaled(gg.gamma(), 10), cut(refusal), model.check().trusted(),
                Double.isNaN(model.check().meanAbsoluteError()) ? null : scaled(model.check().meanAbsoluteError(), 5),
                cut(model.check().reason()), at);
    }

    private void insertSegments(CurrencyModel model) {
        Map<BehaviourSegment, SegmentSums> sums = new EnumMap<BehaviourSegment, SegmentSums>(BehaviourSegment.class);
        for (CustomerModel c : model.customers()) {
            SegmentSums s = sums.get(c.segment());
            if (s == null) {
                s = new SegmentSums();
                sums.put(c.segment(), s);
            }
            s.add(c);
        }
        for (Map.Entry<BehaviourSegment, SegmentSums> e : sums.entrySet()) {
            SegmentSums s = e.getValue();
            jdbc.update(INSERT_SEGMENT, model.currency(), e.getKey().name(), s.customers,
                    s.predicted == s.customers ? scaled(s.value, 5) : null,
                    s.predicted == s.customers ? scaled(s.active / s.customers, 5) : null);
        }
    }

    /** A segment's customers, and the sums of their predictions (where every one of them has one). */
    private static final class SegmentSums {
        int customers;
        int predicted;
        double value;
        double active;

        void add(CustomerModel c) {
            customers++;
            if (c.predictedValue() != null && c.probabilityActive() != null) {
                predicted++;
                value += c.predictedValue();
                active += c.probabilityActive();
            }
        }
    }

    /** The segments of each currency (columns by name). */
    public List<Map<String, Object>> segments() {
        return jdbc.queryForList("SELECT * FROM LK_BEHAVIOUR_SEGMENT ORDER BY CURRENCY, SEGMENT");
    }

    /** A customer's models, one row per currency (columns by name). */
    public List<Map<String, Object>> ofCustomer(String customerId) {
        return jdbc.queryForList("SELECT * FROM LK_CUSTOMER_MODEL WHERE CUSTOMER_ID = ? ORDER BY CURRENCY", customerId);
    }

    /** The shop's fits, one row per currency (columns by name). */
    public List<Map<String, Object>> fits() {
        return jdbc.queryForList("SELECT * FROM LK_BEHAVIOUR_FIT ORDER BY CURRENCY");
    }

    private static void decimal(PreparedStatement ps, int index, Double value, int scale) throws SQLException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, scaled(value, scale));
        }
    }

    private static BigDecimal scaled(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** The check per frequency class of each currency (columns by name). */
    public List<Map<String, Object>> checks() {
        return jdbc.queryForList("SELECT * FROM LK_BEHAVIOUR_CHECK ORDER BY CURRENCY, REPEAT_PURCHASES");
    }

    private static String cut(String text) {
        return text == null ? null : text.substring(0, Math.min(REFUSAL_LENGTH, text.length()));
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "; " + second;
    }
}
