package com.loyaltykpi.core.kpi;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.mix.PostStratification;
import com.loyaltykpi.core.mix.SurveyMix;
import com.loyaltykpi.core.mix.MixRollupStore;
import com.loyaltykpi.core.mix.OrderValueBands;
import com.loyaltykpi.core.mix.WeightedMean;
import com.loyaltykpi.core.period.Measures;
import com.loyaltykpi.core.followup.FollowUpPeriods;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.period.SatisfactionMeasures;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.rollup.RollupKey;
import com.loyaltykpi.core.rollup.RollupStore;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.SurveyRollupStore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java API of the KPIs (the admin screens call it): every KPI of docs/KPIS.md for the periods of a range, per
 * segment, with period-over-period and year-over-year changes, the member/non-member gaps and the satisfaction
 * KPIs of the survey answers. Answers come from the rollups (a handful of rows per period), the index weighted to
 * the order mix from the mix rollups (a few rows per period), the follow-up KPIs from the follow-ups of the periods
 * (one row per unhappy answer); tables are cached until the data changes.
 */
public class KpiService {

    private final RollupStore rollups;
    private final SurveyRollupStore surveyRollups;
    private final FollowUpStore followUps;
    private final MixRollupStore mixes;
    private final MembershipStore memberships;
    private final ShopTimeZone timeZone;
    private final DataVersion dataVersion;
    private final KpiCache cache;
    /** Boundary sets kept per membership version: the queries an operator repeats. */
    private static final int KEPT_COUNTS = 64;

    /** Membership counts by the boundaries they were counted at, for one membership version. */
    private volatile Versioned<Map<List<Long>, MembershipCounts>> membershipCounts;
    private volatile Versioned<List<String>> currencies;

    public KpiService(RollupStore rollups, SurveyRollupStore surveyRollups, FollowUpStore followUps, MixRollupStore mixes,
                      MembershipStore memberships, ShopTimeZone timeZone, DataVersion dataVersion, KpiCache cache) {
        this.rollups = rollups;
        this.surveyRollups = surveyRollups;
        this.followUps = followUps;
        this.mixes = mixes;
        this.memberships = memberships;
        this.timeZone = timeZone;
        this.dataVersion = dataVersion;
        this.cache = cache;
    }

    public KpiTable query(KpiQuery query) {
        List<Object> key = Arrays.<Object>asList(query, dataVersion.current());
        KpiTable cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        KpiTable table = compute(query);
        cache.put(key, table);
        return table;
    }

    /** The currencies the shop has orders in (read again when the data changes). */
    public List<String> currencies() {
        long version = dataVersion.current();
        Versioned<List<String>> kept = currencies;
        if (kept == null || kept.version != version) {
            kept = new Versioned<List<String>>(version, Collections.unmodifiableList(rollups.currencies()));
            currencies = kept;
        }
        return kept.value;
    }

    private KpiTable compute(KpiQuery query) {
        Granularity granularity = query.granularity();
        List<LocalDate> starts = query.periodStarts();
        Set<LocalDate> needed = new LinkedHashSet<LocalDate>();
        for (LocalDate start : starts) {
            needed.add(start);
            needed.add(granularity.plus(start, -1));
            LocalDate yearEarlier = granularity.yearEarlier(start);
            if (yearEarlier != null) {
                needed.add(yearEarlier);
            }
        }
        Map<RollupKey, Measures> stored = rollups.read(granularity, query.currency(), needed);
        Map<String, SatisfactionMeasures> answers = surveyRollups.read(granularity, needed);
        BusinessCalendar calendar = new BusinessCalendar(timeZone.current());
        long[] boundaries = boundaries(calendar, granularity, starts);
        MembershipCounts members = membershipCounts(boundaries);
        FollowUpPeriods followUpPeriods = new FollowUpPeriods(followUps.openedOrClosedBetween(
                Instant.ofEpochMilli(boundaries[0]), Instant.ofEpochMilli(boundaries[boundaries.length - 1])),
                calendar, granularity);
        SurveyMix mix = SurveyMix.read(mixes, new OrderValueBands(rollups.averageOrderValues()), granularity, starts);
        List<KpiRow> rows = new ArrayList<KpiRow>();
        for (LocalDate start : starts) {
            Map<Segment, Measures> period = period(stored, query, start);
            Map<Segment, Measures> previous = period(stored, query, granularity.plus(start, -1));
            LocalDate yearEarlierStart = granularity.yearEarlier(start);
            Map<Segment, Measures> yearEarlier = yearEarlierStart == null ? null : period(stored, query, yearEarlierStart);
            Instant begins = calendar.startOf(start);
            Instant ends = calendar.startOf(granularity.plus(start, 1));
            for (Segment segment : Segment.values()) {
                Map<Kpi, BigDecimal> values = KpiCalculator.segment(period.get(segment), previous.get(segment),
                        yearEarlier == null ? null : yearEarlier.get(segment));
                KpiCalculator.satisfaction(values, satisfaction(answers, start, segment),
                        satisfaction(answers, granularity.plus(start, -1), segment));
                KpiCalculator.followUps(values, followUpPeriods, start, segment);
                KpiCalculator.weighted(values, weighted(mix, start, segment));
                if (segment == Segment.ALL) {
                    KpiCalculator.program(values, period, previous, members.membersBefore(ends),
                            members.enrolledBetween(begins, ends));
                }
                rows.add(new KpiRow(granularity, start, segment, query.currency(), values));
            }
        }
        return new KpiTable(query, rows);
    }

    /** Every period's start and end instant, ascending: where members are counted. */
    private static long[] boundaries(BusinessCalendar calendar, Granularity granularity, List<LocalDate> starts) {
        long[] boundaries = new long[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            boundaries[i] = calendar.startOf(starts.get(i)).toEpochMilli();
        }
        boundaries[starts.size()] = calendar.startOf(granularity.plus(starts.get(starts.size() - 1), 1)).toEpochMilli();
        return boundaries;
    }

    /** The membership counts at these boundaries, kept until memberships change (not with every new order). */
    private MembershipCounts membershipCounts(long[] boundaries) {
        long version = dataVersion.membership();
        Versioned<Map<List<Long>, MembershipCounts>> kept = membershipCounts;
        if (kept == null || kept.version != version) {
            kept = new Versioned<Map<List<Long>, MembershipCounts>>(version, new ConcurrentHashMap<List<Long>, MembershipCounts>());
            membershipCounts = kept;
        }
        List<Long> key = new ArrayList<Long>(boundaries.length);
        for (long boundary : boundaries) {
            key.add(boundary);
        }
        MembershipCounts counts = kept.value.get(key);
        if (counts == null) {
            counts = new MembershipCounts(boundaries, memberships.enrolledBefore(boundaries), memberships.leftBefore(boundaries));
            if (kept.value.size() >= KEPT_COUNTS) {
                kept.value.clear();
            }
            kept.value.put(key, counts);
        }
        return counts;
    }

    /** A value and the data (or membership) version it was read at, replaced as a whole. */
    private static final class Versioned<T> {
        final long version;
        final T value;

        Versioned(long version, T value) {
            this.version = version;
            this.value = value;
        }
    }

    /** The satisfaction index weighted to the order mix: by segment and band for ALL, by band within a segment. */
    private static WeightedMean weighted(SurveyMix mix, LocalDate start, Segment segment) {
        if (segment == Segment.ALL) {
            return PostStratification.ofSegments(mix.bands(start, Segment.NON_MEMBER), mix.bands(start, Segment.MEMBER));
        }
        return PostStratification.ofBands(mix.bands(start, segment));
    }

    private static SatisfactionMeasures satisfaction(Map<String, SatisfactionMeasures> stored, LocalDate start,
                                                     Segment segment) {
        SatisfactionMeasures m = stored.get(SurveyRollupStore.key(start, segment));
        return m == null ? new SatisfactionMeasures() : m;
    }

    /** The measures of a period per segment; a segment without orders has empty measures. */
    private static Map<Segment, Measures> period(Map<RollupKey, Measures> stored, KpiQuery query, LocalDate start) {
        Map<Segment, Measures> period = new EnumMap<Segment, Measures>(Segment.class);
        for (Segment segment : Segment.values()) {
            Measures m = stored.get(new RollupKey(query.granularity(), start, segment, query.currency()));
            period.put(segment, m == null ? new Measures() : m);
        }
        return period;
    }
}
