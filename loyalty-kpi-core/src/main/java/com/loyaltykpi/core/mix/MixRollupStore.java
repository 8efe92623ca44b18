package com.loyaltykpi.core.mix;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Segment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LK_MIX_ROLLUP: the order mix of every period, kept by the aggregation like the other rollups: the submitted
 * orders per segment, currency and value step (kept with the order rollups, from the facts) and the answers about
 * orders with their satisfaction sums (kept with the satisfaction rollups, from the answers). Each source is
 * rebuilt on its own.
 */
public class MixRollupStore {

    /** What a row counts. */
    public enum Source {
        ORDER,
        ANSWER
    }

    private static final String COLUMNS = "GRANULARITY, PERIOD_START, SEGMENT, CURRENCY, VALUE_STEP, ITEMS, SCORE_SUM, "
            + "SCORE_SQUARES";

    private static final String INSERT = "INSERT INTO LK_MIX_ROLLUP (SOURCE, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public MixRollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Changes to the mix: items (orders or answers) with their score sums, added to the periods of every granularity. */
    public static final class Deltas {
        private final Map<MixCell, long[]> cells = new HashMap<MixCell, long[]>();

        public void add(LocalDate day, Segment segment, String currency, int step, long items, long sum, long squares) {
            for (Granularity granularity : Granularity.values()) {
                long[] row = cells.computeIfAbsent(new MixCell(granularity, granularity.start(day), segment, currency, step),
                        k -> new long[3]);
                row[0] += items;
                row[1] += sum;
                row[2] += squares;
            }
        }
    }

    /** Receives the stored rows of a read. */
    public interface Rows {
        void row(LocalDate start, Segment segment, String currency, int step, long items, long sum, long squares);
    }

    /** Adds these deltas to the stored rows (creating, updating or deleting them), in the caller's transaction. */
    public void apply(Source source, Deltas deltas) {
        Map<Granularity, Set<LocalDate>> starts = new HashMap<Granularity, Set<LocalDate>>();
        for (MixCell cell : deltas.cells.keySet()) {
            starts.computeIfAbsent(cell.granularity, g -> new HashSet<LocalDate>()).add(cell.start);
        }
        final Map<MixCell, long[]> stored = new HashMap<MixCell, long[]>();
        for (final Map.Entry<Granularity, Set<LocalDate>> entry : starts.entrySet()) {
            read(source, entry.getKey(), entry.getValue(), (start, segment, currency, step, items, sum, squares) ->
                    stored.put(new MixCell(entry.getKey(), start, segment, currency, step), new long[] {items, sum, squares}));
        }
        List<Object[]> inserts = new ArrayList<Object[]>();
        List<Object[]> updates = new ArrayList<Object[]>();
        List<Object[]> deletes = new ArrayList<Object[]>();
        for (Map.Entry<MixCell, long[]> delta : deltas.cells.entrySet()) {
            MixCell cell = delta.getKey();
            long[] row = stored.containsKey(cell) ? stored.get(cell) : new long[3];
            for (int i = 0; i < row.length; i++) {
                row[i] += delta.getValue()[i];
            }
            Object[] where = {source.name(), cell.granularity.name(), Date.valueOf(cell.start), cell.segment.name(),
                cell.currency, cell.step};
            if (!stored.containsKey(cell)) {
                if (!isEmpty(row)) {
                    inserts.add(insertArgs(source, cell, row));
                }
            } else if (isEmpty(row)) {
                deletes.add(where);
            } else {
                updates.add(new Object[] {row[0], row[1], row[2], where[0], where[1], where[2], where[3], where[4], where[5]});
            }
        }
        String key = "SOURCE = ? AND GRANULARITY = ? AND PERIOD_START = ? AND SEGMENT = ? AND CURRENCY = ? AND VALUE_STEP = ?";
        batch("DELETE FROM LK_MIX_ROLLUP WHERE " + key, deletes);
        batch("UPDATE LK_MIX_ROLLUP SET ITEMS = ?, SCORE_SUM = ?, SCORE_SQUARES = ? WHERE " + key, updates);
        batch(INSERT, inserts);
    }

    private static boolean isEmpty(long[] row) {
        return row[0] == 0 && row[1] == 0 && row[2] == 0;
    }

    private static Object[] insertArgs(Source source, MixCell cell, long[] row) {
        return new Object[] {source.name(), cell.granularity.name(), Date.valueOf(cell.start), cell.segment.name(),
            cell.currency, cell.step, row[0], row[1], row[2]};
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** Replaces every row of this source with these (a rebuild), in the caller's transaction. */
    public void replace(Source source, Deltas rows) {
        jdbc.update("DELETE FROM LK_MIX_ROLLUP WHERE SOURCE = ?", source.name());
        List<Object[]> inserts = new ArrayList<Object[]>();
        for (Map.Entry<MixCell, long[]> row : rows.cells.entrySet()) {
            long[] v = row.getValue();
            if (!isEmpty(v)) {
                inserts.add(insertArgs(source, row.getKey(), v));
            }
        }
        batch(INSERT, inserts);
    }

    /** The stored rows of this source in these periods. */
    public void read(Source source, Granularity granularity, Collection<LocalDate> starts, final Rows rows) {
        List<Date> dates = new ArrayList<Date>();
        for (LocalDate start : starts) {
            dates.add(Date.valueOf(start));
        }
        for (int from = 0; from < dates.size(); from += 500) {
            named.query("SELECT " + COLUMNS + " FROM LK_MIX_ROLLUP WHERE SOURCE = :source AND GRANULARITY = :granularity "
                    + "AND PERIOD_START IN (:starts)", new MapSqlParameterSource("source", source.name())
                    .addValue("granularity", granularity.name())
                    .addValue("starts", dates.subList(from, Math.min(dates.size(), from + 500))), new RowCallbackHandler() {
                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            rows.row(rs.getDate(2).toLocalDate(), Segment.valueOf(rs.getString(3)), rs.getString(4),
                                    rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getLong(8));
                        }
                    });
        }
    }
}
