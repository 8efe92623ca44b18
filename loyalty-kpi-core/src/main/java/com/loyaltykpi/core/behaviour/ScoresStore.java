package com.loyaltykpi.core.behaviour;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the latest computation scored and predicted each currency's customers with ({@link Scores}): the quintile cut
 * points in LK_BEHAVIOUR_CUT, the fitted parameters read back from LK_BEHAVIOUR_FIT. Written in the caller's
 * transaction with the rest of the models.
 */
final class ScoresStore {

    private static final String[] SCORES = {"R", "F", "M"};

    private final JdbcTemplate jdbc;

    ScoresStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void deleteAll() {
        jdbc.update("DELETE FROM LK_BEHAVIOUR_CUT");
    }

    void insert(String currency, Scores scores) {
        Quintiles[] quintiles = {scores.recency(), scores.frequency(), scores.monetary()};
        for (int i = 0; i < SCORES.length; i++) {
            double[] cuts = quintiles[i].cuts();
            jdbc.update("INSERT INTO LK_BEHAVIOUR_CUT (CURRENCY, SCORE, CUT_1, CUT_2, CUT_3, CUT_4) VALUES (?, ?, ?, ?, ?, ?)",
                    currency, SCORES[i], cuts[0], cuts[1], cuts[2], cuts[3]);
        }
    }

    /** The stored scores by currency; a currency without its three sets of cut points has none. */
    Map<String, Scores> load() {
        final Map<String, Quintiles[]> cuts = new HashMap<String, Quintiles[]>();
        jdbc.query("SELECT CURRENCY, SCORE, CUT_1, CUT_2, CUT_3, CUT_4 FROM LK_BEHAVIOUR_CUT", new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                Quintiles[] of = cuts.get(rs.getString(1));
                if (of == null) {
                    of = new Quintiles[SCORES.length];
                    cuts.put(rs.getString(1), of);
                }
                of[Arrays.asList(SCORES).indexOf(rs.getString(2))] = Quintiles.ofCuts(new double[] {rs.getDouble(3), rs.getDouble(4),
                    rs.getDouble(5), rs.getDouble(6)});
            }
        });
        final Map<String, Scores> scores = new TreeMap<String, Scores>();
        jdbc.query("SELECT CURRENCY, BG_R, BG_ALPHA, BG_A, BG_B, GG_P, GG_Q, GG_GAMMA FROM LK_BEHAVIOUR_FIT",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        Quintiles[] of = cuts.get(rs.getString(1));
                        if (of == null || of[0] == null || of[1] == null || of[2] == null) {
                            return;
                        }
                        rs.getBigDecimal(2);
                        BgNbd bg = rs.wasNull() ? null : new BgNbd(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                                rs.getDouble(5));
                        rs.getBigDecimal(6);
                        GammaGamma gg = rs.wasNull() ? null : new GammaGamma(rs.getDouble(6), rs.getDouble(7),
                                rs.getDouble(8));
                        scores.put(rs.getString(1), new Scores(of[0], of[1], of[2], bg, gg));
                    }
                });
        return scores;
    }
}
