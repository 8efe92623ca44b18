package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.SatisfactionMeasures;
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
import java.util.List;
import java.util.Map;

/** LK_SURVEY_ROLLUP: the satisfaction measures of every (granularity, period, segment) with invitations or answers. */
public class SurveyRollupStore {

    private static final String MEASURES = "INVITATIONS, ANSWERED_INVITATIONS, ANSWERS, SATISFACTION_SUM, "
            + "SATISFACTION_SQUARES, SATISFIED, RECOMMEND_ANSWERS, PROMOTERS, DETRACTORS, WAVE_INVITATIONS, WAVE_ANSWERED";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public SurveyRollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A period's key: its start and segment. */
    public static String key(LocalDate start, Segment segment) {
        return start + "|" + segment;
    }

    /** The stored measures of these periods, by {@link #key}. */
    public Map<String, SatisfactionMeasures> read(Granularity granularity, Collection<LocalDate> starts) {
        final Map<String, SatisfactionMeasures> found = new HashMap<String, SatisfactionMeasures>();
        if (starts.isEmpty()) {
            return found;
        }
        List<Date> dates = new ArrayList<Date>();
        for (LocalDate start : starts) {
            dates.add(Date.valueOf(start));
        }
        named.query("SELECT PERIOD_START, SEGMENT, " + MEASURES + " FROM LK_SURVEY_ROLLUP WHERE GRANULARITY = :granularity "
                + "AND PERIOD_START IN (:starts)", new MapSqlParameterSource("granularity", granularity.name())
                .addValue("starts", dates), new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        found.put(key(rs.getDate(1).toLocalDate(), Segment.valueOf(rs.getString(2))),
                                new SatisfactionMeasures(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                                        rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                                        rs.getLong(12), rs.getLong(13)));
                    }
                });
        return found;
    }

    /** Adds these deltas to the stored rows (creating, updating or deleting them). */
    void apply(Granularity granularity, Map<String, SatisfactionMeasures> deltas) {
        List<LocalDate> starts = new ArrayList<LocalDate>();
        for (String key : deltas.keySet()) {
            starts.add(LocalDate.parse(key.substring(0, key.indexOf('|'))));
        }
        Map<String, SatisfactionMeasures> stored = read(granularity, starts);
        for (Map.Entry<String, SatisfactionMeasures> delta : deltas.entrySet()) {
            String key = delta.getKey();
            LocalDate start = LocalDate.parse(key.substring(0, key.indexOf('|')));
            String segment = key.substring(key.indexOf('|') + 1);
            SatisfactionMeasures row = stored.containsKey(key) ? stored.get(key) : new SatisfactionMeasures();
            row.add(delta.getValue());
            Object[] where = {granularity.name(), Date.valueOf(start), segment};
            if (!stored.containsKey(key)) {
                jdbc.update("INSERT INTO LK_SURVEY_ROLLUP (GRANULARITY, PERIOD_START, SEGMENT, " + MEASURES
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", concat(where, values(row)));
            } else if (row.isEmpty()) {
                jdbc.update("DELETE FROM LK_SURVEY_ROLLUP WHERE GRANULARITY = ? AND PERIOD_START = ? AND SEGMENT = ?", where);
            } else {
                jdbc.update("UPDATE LK_SURVEY_ROLLUP SET INVITATIONS = ?, ANSWERED_INVITATIONS = ?, ANSWERS = ?, "
                        + "SATISFACTION_SUM = ?, SATISFACTION_SQUARES = ?, SATISFIED = ?, RECOMMEND_ANSWERS = ?, "
                        + "PROMOTERS = ?, DETRACTORS = ?, WAVE_INVITATIONS = ?, WAVE_ANSWERED = ? WHERE GRANULARITY = ? AND PERIOD_START = ? AND SEGMENT = ?",
                        concat(values(row), where));
            }
        }
    }

    void deleteAll() {
        jdbc.update("DELETE FROM LK_SURVEY_ROLLUP");
    }

    private static Object[] values(SatisfactionMeasures m) {
        return new Object[] {m.invitations(), m.answeredInvitations(), m.answers(), m.satisfactionSum(),
            m.satisfactionSquares(), m.satisfied(), m.recommendAnswers(), m.promoters(), m.detractors(), m.waveInvitations(),
            m.waveAnswered()};
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
