package com.loyaltykpi.core.offers;

import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.support.Chunks;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps every customer's offer group (LK_OFFER_ASSIGNMENT) in line with the offer policy and the behaviour models:
 * a customer whose first matching rule names a group is in it; entering a group, they are drawn held out or
 * targeted ({@link HoldoutDraw}) and keep that draw as long as they stay, whatever the share later becomes; a
 * customer leaving a group has their spell closed. Only changes are written, and only changed customers are told to
 * the platform ({@link OfferGroupPublisher}); a publication that fails is repeated later. Under the erasure's lock,
 * so an erased customer is never assigned.
 */
public class OfferGroups {

    private static final Log LOG = LogFactory.getLog(OfferGroups.class);

    private final JdbcTemplate jdbc;
    private final OfferPolicyStore policies;
    private final ClusterLock lock;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final OfferGroupPublisher publisher;

    /** publisher: the platform's, or null where there is none to tell (the groups are then only recorded). */
    public OfferGroups(JdbcTemplate jdbc, OfferPolicyStore policies, ClusterLock lock,
                       TransactionTemplate newTransaction, Clock clock, OfferGroupPublisher publisher) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.lock = lock;
        this.newTransaction = newTransaction;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** What an assignment changed. */
    public static final class Changes {
        private final int entered;
        private final int heldOut;
        private final int left;

        Changes(int entered, int heldOut, int left) {
            this.entered = entered;
            this.heldOut = heldOut;
            this.left = left;
        }

        /** Customers who entered a group (a new one, or their first). */
        public int entered() {
            return entered;
        }

        /** Of those, held out. */
        public int heldOut() {
            return heldOut;
        }

        /** Customers who left a group (for another, or for none). */
        public int left() {
            return left;
        }
    }

    /** A customer's current spell in an offer group. */
    public static final class Spell {
        private final String groupCode;
        private final boolean heldOut;
        private final Instant since;

        Spell(String groupCode, boolean heldOut, Instant since) {
            this.groupCode = groupCode;
            this.heldOut = heldOut;
            this.since = since;
        }

        public String groupCode() {
            return groupCode;
        }

        /** Whether the customer is held out: in the group, without its offer. */
        public boolean heldOut() {
            return heldOut;
        }

        public Instant since() {
            return since;
        }
    }

    /** The customer's current group, or null when they are in none. */
    public Spell currentOf(String customerId) {
        List<Spell> spells = jdbc.query("SELECT GROUP_CODE, HELD_OUT, FROM_AT FROM LK_OFFER_ASSIGNMENT "
                + "WHERE CUSTOMER_ID = ? AND TO_AT IS NULL", new RowMapper<Spell>() {
                    @Override
                    public Spell mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new Spell(rs.getString(1), rs.getBoolean(2), Instant.ofEpochMilli(rs.getLong(3)));
                    }
                }, customerId);
        return spells.isEmpty() ? null : spells.get(0);
    }

    /** Assigns every customer to their group under the current policy and models. */
    public Changes assign() {
        return assign(Customers.ALL);
    }

    /**
     * Assigns these customers (whose models changed between two daily computations) to their groups, a chunk at a
     * time; the others are left as they are.
     */
    public Changes assign(Collection<String> customers) {
        Changes total = new Changes(0, 0, 0);
        for (List<String> chunk : Chunks.of(new ArrayList<String>(customers))) {
            Changes changes = assign(new Customers(chunk));
            total = new Changes(total.entered() + changes.entered(), total.heldOut() + changes.heldOut(),
                    total.left() + changes.left());
        }
        return total;
    }

    private Changes assign(final Customers customers) {
        return newTransaction.execute(new TransactionCallback<Changes>() {
            @Override
            public Changes doInTransaction(TransactionStatus status) {
                lock.lock(Aggregator.LOCK);
                return assignLocked(customers);
            }
        });
    }

    private Changes assignLocked(Customers customers) {
        OfferPolicy policy = policies.current();
        Map<String, String[]> current = currentSpells(customers);
        Map<String, String> target = policy.rules().isEmpty() ? Collections.<String, String>emptyMap()
                : targets(policy, customers);
        long now = clock.millis();
        List<Object[]> closed = new ArrayList<Object[]>();
        List<Object[]> opened = new ArrayList<Object[]>();
        String seed = target.isEmpty() ? null : policies.seed();
        int heldOut = 0;
        for (Map.Entry<String, String[]> spell : current.entrySet()) {
            if (!spell.getValue()[1].equals(target.get(spell.getKey()))) {
                closed.add(new Object[] {now, Long.valueOf(spell.getValue()[0])});
            }
        }
        for (Map.Entry<String, String> entry : target.entrySet()) {
            String[] spell = current.get(entry.getKey());
            if (spell == null || !spell[1].equals(entry.getValue())) {
                boolean held = HoldoutDraw.heldOut(seed, entry.getValue(), entry.getKey(), policy.holdoutShare());
                heldOut += held ? 1 : 0;
                opened.add(new Object[] {entry.getKey(), entry.getValue(), held, now, false});
            }
        }
        for (List<Object[]> chunk : Chunks.of(closed)) {
            jdbc.batchUpdate("UPDATE LK_OFFER_ASSIGNMENT SET TO_AT = ?, PUBLISHED = FALSE WHERE ID = ?", chunk);
        }
        for (List<Object[]> chunk : Chunks.of(opened)) {
            jdbc.batchUpdate("INSERT INTO LK_OFFER_ASSIGNMENT (CUSTOMER_ID, GROUP_CODE, HELD_OUT, FROM_AT, PUBLISHED) "
                    + "VALUES (?, ?, ?, ?, ?)", chunk);
        }
        LOG.info("Loyalty: offer groups assigned: " + opened.size() + " entered (" + heldOut + " held out), "
                + closed.size() + " left");
        return new Changes(opened.size(), heldOut, closed.size());
    }

    /** The open spells by customer: id and group. */
    private Map<String, String[]> currentSpells(Customers customers) {
        final Map<String, String[]> spells = new HashMap<String, String[]>();
        new NamedParameterJdbcTemplate(jdbc).query("SELECT CUSTOMER_ID, ID, GROUP_CODE FROM LK_OFFER_ASSIGNMENT "
                + "WHERE TO_AT IS NULL" + customers.and("CUSTOMER_ID"), customers.parameters(),
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        spells.put(rs.getString(1), new String[] {String.valueOf(rs.getLong(2)), rs.getString(3)});
                    }
                });
        return spells;
    }

    /** Each customer's group under the policy: the first rule matching one of their models (one per currency). */
    private Map<String, String> targets(final OfferPolicy policy, Customers customers) {
        final Set<String> trusted = new HashSet<String>(jdbc.queryForList(
                "SELECT CURRENCY FROM LK_BEHAVIOUR_FIT WHERE CHECK_TRUSTED = ?", String.class, true));
        final Map<String, Integer> best = new HashMap<String, Integer>();
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(10_000);
        new NamedParameterJdbcTemplate(streaming).query("SELECT m.CUSTOMER_ID, m.CURRENCY, m.SEGMENT, "
                + "m.PREDICTED_VALUE, ms.ID FROM LK_CUSTOMER_MODEL m LEFT JOIN LK_MEMBERSHIP ms "
                + "ON ms.CUSTOMER_ID = m.CUSTOMER_ID AND ms.LEFT_AT IS NULL" + segmentsIn(policy)
                + customers.and("m.CUSTOMER_ID"), customers.parameters(), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        double value = rs.getDouble(4);
                        Double predicted = rs.wasNull() ? null : Double.valueOf(value);
                        rs.getLong(5);
                        boolean member = !rs.wasNull();
                        String customer = rs.getString(1);
                        int rule = policy.firstMatch(rs.getString(2), BehaviourSegment.valueOf(rs.getString(3)),
                                member, predicted, trusted);
                        Integer sofar = best.get(customer); // a customer's models in other currencies
                        if (rule >= 0 && (sofar == null || rule < sofar)) {
                            best.put(customer, rule);
                        }
                    }
                });
        Map<String, String> target = new LinkedHashMap<String, String>();
        for (Map.Entry<String, Integer> entry : best.entrySet()) {
            target.put(entry.getKey(), policy.rules().get(entry.getValue()).groupCode());
        }
        return target;
    }

    /** The models' filter to the segments the rules name (segment names are the enum's: safe to inline). */
    private static String segmentsIn(OfferPolicy policy) {
        Set<String> segments = new HashSet<String>();
        for (OfferRule rule : policy.rules()) {
            segments.add("'" + rule.segment().name() + "'");
        }
        return " WHERE m.SEGMENT IN (" + String.join(", ", segments) + ")";
    }

    /**
     * Tells the platform the current group of every customer whose group changed since it was last told (null for
     * none or held out), a chunk at a time under the lock; returns the customers told. Without a platform, none.
     */
    public int publish() {
        if (publisher == null) {
            return 0;
        }
        List<String> changed = jdbc.queryForList("SELECT DISTINCT CUSTOMER_ID FROM LK_OFFER_ASSIGNMENT "
                + "WHERE PUBLISHED = ?", String.class, false);
        for (final List<String> chunk : Chunks.of(changed)) {
            newTransaction.execute(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    lock.lock(Aggregator.LOCK); // no assignment in between: what is told is what is marked
                    publishLocked(chunk);
                    return null;
                }
            });
        }
        return changed.size();
    }

    private void publishLocked(List<String> customers) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        MapSqlParameterSource in = new MapSqlParameterSource("customers", customers);
        final Map<String, String> groups = new LinkedHashMap<String, String>();
        for (String customer : customers) {
            groups.put(customer, null);
        }
        named.query("SELECT CUSTOMER_ID, GROUP_CODE FROM LK_OFFER_ASSIGNMENT WHERE TO_AT IS NULL AND HELD_OUT = FALSE "
                + "AND CUSTOMER_ID IN (:customers)", in, new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        groups.put(rs.getString(1), rs.getString(2));
                    }
                });
        publisher.publish(groups);
        named.update("UPDATE LK_OFFER_ASSIGNMENT SET PUBLISHED = TRUE WHERE PUBLISHED = FALSE "
                + "AND CUSTOMER_ID IN (:customers)", in);
    }

    /** The scheduled publication: {@link #publish()}, a failure logged and repeated at the next run. */
    public void publishScheduled() {
        try {
            publish();
        } catch (RuntimeException e) {
            LOG.error("Loyalty: the offer groups could not be told to the shop; the next run tries again", e);
        }
    }

    /** The customers an assignment is for: all, or a chunk of them. */
    private static final class Customers {
        static final Customers ALL = new Customers(null);

        private final List<String> ids;

        Customers(List<String> ids) {
            this.ids = ids;
        }

        /** The condition on this column that keeps to these customers (nothing for all). */
        String and(String column) {
            return ids == null ? "" : " AND " + column + " IN (:customers)";
        }

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource("customers", ids);
        }
    }
}
