package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.mix.MixRollupStore;
import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.SatisfactionMeasures;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.rollup.ChangeApplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the satisfaction rollups in line with invitations and answers, as {@link com.loyaltykpi.core.rollup.OrderRollups}
 * keeps the order rollups with facts (both are appliers of the one aggregation loop):
 * pending changes applied in batches, each batch one transaction that deletes what it applied (the caller holds
 * the rollup lock), or a rebuild from the invitation and answer tables. All measures are sums: no distinct counts.
 */
public class SurveyAggregator implements ChangeApplier {

    private final SurveyChangeStore changes;
    private final SurveyRollupStore rollups;
    private final MixRollupStore mix;
    private final JdbcTemplate jdbc;
    private final int batchSize;

    public SurveyAggregator(SurveyChangeStore changes, SurveyRollupStore rollups, MixRollupStore mix, JdbcTemplate jdbc,
                            int batchSize) {
        this.changes = changes;
        this.rollups = rollups;
        this.mix = mix;
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    /** Applies one batch of pending changes in the caller's transaction; returns how many. */
    @Override
    public int applyBatch(BusinessCalendar calendar) {
        List<SurveyChangeStore.Change> batch = changes.oldest(batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        Deltas deltas = new Deltas(calendar);
        List<Long> ids = new ArrayList<Long>();
        for (SurveyChangeStore.Change change : batch) {
            boolean wave = change.channel == InvitationChannel.WAVE;
            if (change.kind == SurveyChangeStore.Kind.INVITED) {
                deltas.invited(change.segment, change.at, wave);
            } else if (change.kind == SurveyChangeStore.Kind.ANSWERED) {
                deltas.answered(change.segment, change.issuedAt, change.at, change.satisfaction, change.recommend, wave);
                deltas.aboutOrder(change.segment, change.at, change.satisfaction, change.orderCurrency, change.valueStep);
            } else {
                deltas.recommended(change.segment, change.at, change.recommend);
            }
            ids.add(change.id);
        }
        deltas.writeTo(rollups);
        mix.apply(MixRollupStore.Source.ANSWER, deltas.answerMix);
        changes.delete(ids);
        return batch.size();
    }

    /**
     * Rebuilds every satisfaction rollup from the invitations and answers, in the caller's transaction; returns how
     * many invitations and answers it counted.
     */
    @Override
    public long rebuild(BusinessCalendar calendar) {
        List<Long> pending = changes.allIds();
        rollups.deleteAll();
        final Deltas deltas = new Deltas(calendar);
        final long[] counted = new long[1];
        jdbc.query("SELECT SEGMENT, ISSUED_AT, CHANNEL FROM LK_SURVEY_INVITATION", new RowCallbackHandler() {
            @Override
            public void processRow(ResultSet rs) throws SQLException {
                deltas.invited(Segment.valueOf(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2)),
                        InvitationChannel.WAVE.name().equals(rs.getString(3)));
                counted[0]++;
            }
        });
        jdbc.query("SELECT a.SEGMENT, i.ISSUED_AT, a.ANSWERED_AT, a.SATISFACTION, a.RECOMMEND, i.CHANNEL, a.ORDER_CURRENCY, "
                + "a.VALUE_STEP FROM LK_SURVEY_ANSWER a JOIN LK_SURVEY_INVITATION i ON i.ID = a.INVITATION_ID",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        int recommend = rs.getInt(5);
                        Integer given = rs.wasNull() ? null : recommend;
                        Segment segment = Segment.valueOf(rs.getString(1));
                        Instant answeredAt = Instant.ofEpochMilli(rs.getLong(3));
                        deltas.answered(segment, Instant.ofEpochMilli(rs.getLong(2)), answeredAt, rs.getInt(4), given,
                                InvitationChannel.WAVE.name().equals(rs.getString(6)));
                        int step = rs.getInt(8);
                        deltas.aboutOrder(segment, answeredAt, rs.getInt(4), rs.getString(7),
                                rs.wasNull() ? null : Integer.valueOf(step));
                        counted[0]++;
                    }
                });
        deltas.writeTo(rollups);
        mix.replace(MixRollupStore.Source.ANSWER, deltas.answerMix);
        changes.delete(pending);
        return counted[0];
    }

    /** Measures to add, per granularity and (period, segment). */
    private static final class Deltas {
        private final BusinessCalendar calendar;
        private final Map<Granularity, Map<String, SatisfactionMeasures>> byGranularity =
                new EnumMap<Granularity, Map<String, SatisfactionMeasures>>(Granularity.class);
        /** The answers about orders, by the order's currency and value step: the order mix's answers. */
        final MixRollupStore.Deltas answerMix = new MixRollupStore.Deltas();

        Deltas(BusinessCalendar calendar) {
            this.calendar = calendar;
            for (Granularity granularity : Granularity.values()) {
                byGranularity.put(granularity, new HashMap<String, SatisfactionMeasures>());
            }
        }

        void invited(Segment segment, Instant issuedAt, boolean wave) {
            for (Granularity granularity : Granularity.values()) {
                for (SatisfactionMeasures m : at(granularity, issuedAt, segment)) {
                    m.addInvitation(1, wave);
                }
            }
        }

        void answered(Segment segment, Instant issuedAt, Instant answeredAt, int satisfaction, Integer recommend,
                      boolean wave) {
            for (Granularity granularity : Granularity.values()) {
                for (SatisfactionMeasures m : at(granularity, issuedAt, segment)) {
                    m.addAnsweredInvitation(1, wave);
                }
                for (SatisfactionMeasures m : at(granularity, answeredAt, segment)) {
                    m.addSatisfaction(1, satisfaction);
                }
            }
            if (recommend != null) {
                recommended(segment, answeredAt, recommend);
            }
        }

        /** An answer about an order of this currency and value step (none for a wave's answer or an unrecorded order). */
        void aboutOrder(Segment segment, Instant answeredAt, int satisfaction, String currency, Integer step) {
            if (currency != null && step != null) {
                answerMix.add(calendar.dayOf(answeredAt), segment, currency, step, 1, satisfaction,
                        (long) satisfaction * satisfaction);
            }
        }

        void recommended(Segment segment, Instant answeredAt, int recommend) {
            for (Granularity granularity : Granularity.values()) {
                for (SatisfactionMeasures m : at(granularity, answeredAt, segment)) {
                    m.addRecommend(1, recommend);
                }
            }
        }

        /** The measures of the segment and of ALL, in the period of this instant. */
        private List<SatisfactionMeasures> at(Granularity granularity, Instant instant, Segment segment) {
            LocalDate start = granularity.start(calendar.dayOf(instant));
            List<SatisfactionMeasures> both = new ArrayList<SatisfactionMeasures>();
            for (Segment s : new Segment[] {segment, Segment.ALL}) {
                Map<String, SatisfactionMeasures> periods = byGranularity.get(granularity);
                String key = SurveyRollupStore.key(start, s);
                SatisfactionMeasures m = periods.get(key);
                if (m == null) {
                    m = new SatisfactionMeasures();
                    periods.put(key, m);
                }
                both.add(m);
            }
            return both;
        }

        void writeTo(SurveyRollupStore rollups) {
            for (Map.Entry<Granularity, Map<String, SatisfactionMeasures>> entry : byGranularity.entrySet()) {
                rollups.apply(entry.getKey(), entry.getValue());
            }
        }
    }
}
