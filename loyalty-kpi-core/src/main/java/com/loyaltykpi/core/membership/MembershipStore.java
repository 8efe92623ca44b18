package com.loyaltykpi.core.membership;
import com.loyaltykpi.core.support.Chunks;
import com.loyaltykpi.core.support.DuplicateKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The LK_MEMBERSHIP table: one row per membership period. OPEN_GUARD is 0 while a period is open and its
 * enrolment instant once closed; being unique with CUSTOMER_ID, it lets the database itself refuse a second
 * open period for one customer (two clicks, two nodes).
 */
public class MembershipStore {

    private static final String COLUMNS = "CUSTOMER_ID, ENROLLED_AT, LEFT_AT, SOURCE, LEFT_THROUGH";
    private static final long OPEN = 0L;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public MembershipStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Opens a period; false when the customer already has an open one. */
    public boolean open(String customerId, MembershipSource source, Instant at) {
        try {
            jdbc.update("INSERT INTO LK_MEMBERSHIP (CUSTOMER_ID, ENROLLED_AT, SOURCE, OPEN_GUARD) VALUES (?, ?, ?, ?)",
                    customerId, at.toEpochMilli(), source.name(), OPEN);
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Closes the open period at this instant; false when the customer has none. */
    public boolean close(String customerId, MembershipSource through, Instant at) {
        return jdbc.update("UPDATE LK_MEMBERSHIP SET LEFT_AT = ?, LEFT_THROUGH = ?, OPEN_GUARD = ENROLLED_AT "
                + "WHERE CUSTOMER_ID = ? AND OPEN_GUARD = ?", at.toEpochMilli(), through.name(), customerId, OPEN) == 1;
    }

    /** Inserts a period as it is, open or closed (imports); false when it collides with an existing one. */
    public boolean insert(MembershipPeriod period) {
        try {
            jdbc.update("INSERT INTO LK_MEMBERSHIP (CUSTOMER_ID, ENROLLED_AT, LEFT_AT, SOURCE, LEFT_THROUGH, OPEN_GUARD) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", period.customerId(), period.enrolledAt().toEpochMilli(),
                    period.leftAt() == null ? null : period.leftAt().toEpochMilli(), period.source().name(),
                    period.leftThrough() == null ? null : period.leftThrough().name(),
                    period.open() ? OPEN : period.enrolledAt().toEpochMilli());
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Inserts these periods in batches; a period that clashes with one written meanwhile fails them all. */
    public void insertAll(List<MembershipPeriod> periods) {
        List<Object[]> rows = new ArrayList<Object[]>();
        for (MembershipPeriod period : periods) {
            rows.add(new Object[] {period.customerId(), period.enrolledAt().toEpochMilli(),
                period.leftAt() == null ? null : period.leftAt().toEpochMilli(), period.source().name(),
                period.leftThrough() == null ? null : period.leftThrough().name(),
                period.open() ? OPEN : period.enrolledAt().toEpochMilli()});
        }
        for (List<Object[]> chunk : Chunks.of(rows)) {
            jdbc.batchUpdate("INSERT INTO LK_MEMBERSHIP (CUSTOMER_ID, ENROLLED_AT, LEFT_AT, SOURCE, LEFT_THROUGH, OPEN_GUARD) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", chunk, new int[] {Types.VARCHAR, Types.BIGINT, Types.BIGINT,
                        Types.VARCHAR, Types.VARCHAR, Types.BIGINT});
        }
    }

    /** Sets when the period that began at this instant ended (null: it is open again). */
    public void updateLeftAt(String customerId, Instant enrolledAt, Instant leftAt, MembershipSource through) {
        jdbc.update("UPDATE LK_MEMBERSHIP SET LEFT_AT = ?, LEFT_THROUGH = ?, OPEN_GUARD = ? WHERE CUSTOMER_ID = ? "
                + "AND ENROLLED_AT = ?", leftAt == null ? null : leftAt.toEpochMilli(), leftAt == null ? null : through.name(),
                leftAt == null ? OPEN : enrolledAt.toEpochMilli(), customerId, enrolledAt.toEpochMilli());
    }

    /** Customers with an open period; only those whose period began through this source, unless it is null. */
    public Set<String> openMembers(MembershipSource source) {
        String sql = "SELECT CUSTOMER_ID FROM LK_MEMBERSHIP WHERE OPEN_GUARD = ?";
        List<String> ids = source == null ? jdbc.queryForList(sql, String.class, OPEN)
                : jdbc.queryForList(sql + " AND SOURCE = ?", String.class, OPEN, source.name());
        return new HashSet<String>(ids);
    }

    /** Up to this many boundaries, members are counted with one indexed count per interval; beyond, by slots. */
    static final int INTERVAL_COUNTS = 64;
    /** The slots of counts by slot: 15 minutes, which every time zone's offset since 1972 is a multiple of. */
    static final long SLOT_MILLIS = 15 * 60 * 1000L;

    /** For each boundary (epoch milliseconds, ascending): how many periods began before it. */
    public long[] enrolledBefore(long[] boundaries) {
        return countedBefore("ENROLLED_AT", boundaries);
    }

    /** For each boundary (epoch milliseconds, ascending): how many periods ended before it. */
    public long[] leftBefore(long[] boundaries) {
        return countedBefore("LEFT_AT", boundaries);
    }

    /**
     * A dashboard's few boundaries: one count per interval between them, each an index range scan, so that every
     * membership is counted once inside the database. Many boundaries (a range by day): counts per 15-minute slot,
     * summed here (business-day boundaries are whole slots).
     */
    private long[] countedBefore(String column, long[] boundaries) {
        long[] counts = new long[boundaries.length];
        if (boundaries.length == 0) {
            return counts;
        }
        if (boundaries.length > INTERVAL_COUNTS) {
            return countedBySlot(column, boundaries);
        }
        counts[0] = jdbc.queryForObject("SELECT COUNT(*) FROM LK_MEMBERSHIP WHERE " + column + " < ?", Long.class, boundaries[0]);
        for (int i = 1; i < boundaries.length; i++) {
            counts[i] = counts[i - 1] + jdbc.queryForObject("SELECT COUNT(*) FROM LK_MEMBERSHIP WHERE " + column + " >= ? AND "
                    + column + " < ?", Long.class, boundaries[i - 1], boundaries[i]);
        }
        return counts;
    }

    private long[] countedBySlot(String column, long[] boundaries) {
        for (long boundary : boundaries) {
            if (Math.floorMod(boundary, SLOT_MILLIS) != 0) {
                throw new IllegalArgumentException(Instant.ofEpochMilli(boundary) + " is not a period boundary (a whole quarter of an hour)");
            }
        }
        String slot = "FLOOR(" + column + " / " + SLOT_MILLIS + ")";
        final List<long[]> slots = new ArrayList<long[]>();
        jdbc.query("SELECT " + slot + ", COUNT(*) FROM LK_MEMBERSHIP WHERE " + column + " IS NOT NULL GROUP BY " + slot
                + " ORDER BY 1", new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        slots.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                });
        long[] counts = new long[boundaries.length];
        long sum = 0;
        int next = 0;
        for (int i = 0; i < boundaries.length; i++) {
            long boundarySlot = Math.floorDiv(boundaries[i], SLOT_MILLIS);
            while (next < slots.size() && slots.get(next)[0] < boundarySlot) {
                sum += slots.get(next)[1];
                next++;
            }
            counts[i] = sum;
        }
        return counts;
    }

    public MembershipHistory historyOf(String customerId) {
        return new MembershipHistory(jdbc.query("SELECT " + COLUMNS + " FROM LK_MEMBERSHIP WHERE CUSTOMER_ID = ? "
                + "ORDER BY ENROLLED_AT", new PeriodMapper(), customerId));
    }

    /** The histories of several customers at once (customers without periods are absent from the map). */
    public Map<String, MembershipHistory> historiesOf(Collection<String> customerIds) {
        Map<String, MembershipHistory> histories = new HashMap<String, MembershipHistory>();
        if (customerIds.isEmpty()) {
            return histories;
        }
        Map<String, List<MembershipPeriod>> periods = new HashMap<String, List<MembershipPeriod>>();
        for (List<String> chunk : Chunks.of(customerIds)) {
            for (MembershipPeriod period : named.query("SELECT " + COLUMNS + " FROM LK_MEMBERSHIP WHERE CUSTOMER_ID IN (:ids) "
                    + "ORDER BY ENROLLED_AT", new MapSqlParameterSource("ids", chunk), new PeriodMapper())) {
                List<MembershipPeriod> list = periods.get(period.customerId());
                if (list == null) {
                    list = new ArrayList<MembershipPeriod>();
                    periods.put(period.customerId(), list);
                }
                list.add(period);
            }
        }
        for (Map.Entry<String, List<MembershipPeriod>> entry : periods.entrySet()) {
            histories.put(entry.getKey(), new MembershipHistory(entry.getValue()));
        }
        return histories;
    }

    private static final class PeriodMapper implements RowMapper<MembershipPeriod> {
        @Override
        public MembershipPeriod mapRow(ResultSet rs, int rowNum) throws SQLException {
            long leftAt = rs.getLong("LEFT_AT");
            boolean open = rs.wasNull();
            String leftThrough = rs.getString("LEFT_THROUGH");
            return new MembershipPeriod(rs.getString("CUSTOMER_ID"), Instant.ofEpochMilli(rs.getLong("ENROLLED_AT")),
                    open ? null : Instant.ofEpochMilli(leftAt), MembershipSource.valueOf(rs.getString("SOURCE")),
                    leftThrough == null ? null : MembershipSource.valueOf(leftThrough));
        }
    }
}
