package com.loyaltykpi.core.mix;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Segment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who ordered and who answered, per period: the orders and the answers about orders of each segment by order-value
 * band, read from the mix rollups (value steps of every currency, placed in the currency's bands).
 */
public final class SurveyMix {

    private final Map<String, Stratum[]> cells = new HashMap<String, Stratum[]>();

    private SurveyMix() {
    }

    /** The mix of these periods, banded by the currencies' average order values. */
    public static SurveyMix read(MixRollupStore store, OrderValueBands bands, Granularity granularity,
                                 Collection<LocalDate> starts) {
        SurveyMix mix = new SurveyMix();
        store.read(MixRollupStore.Source.ORDER, granularity, starts, (start, segment, currency, step, items, sum, squares) -> {
            int band = bands.band(currency, step);
            if (band >= 0) {
                mix.cell(start, segment, band).addOrders(items);
            }
        });
        store.read(MixRollupStore.Source.ANSWER, granularity, starts, (start, segment, currency, step, items, sum, squares) -> {
            int band = bands.band(currency, step);
            if (band >= 0) {
                mix.cell(start, segment, band).addAnswers(items, sum, squares);
            }
        });
        return mix;
    }

    /** The cells of a member or non-member segment in the period, by band (lowest first). */
    public List<Stratum> bands(LocalDate start, Segment segment) {
        Stratum[] found = cells.get(key(start, segment));
        return Arrays.asList(found == null ? emptyBands() : found);
    }

    private Stratum cell(LocalDate start, Segment segment, int band) {
        return cells.computeIfAbsent(key(start, segment), k -> emptyBands())[band];
    }

    private static Stratum[] emptyBands() {
        Stratum[] bands = new Stratum[OrderValueBands.COUNT];
        for (int band = 0; band < bands.length; band++) {
            bands[band] = new Stratum();
        }
        return bands;
    }

    private static String key(LocalDate start, Segment segment) {
        return start + "|" + segment;
    }
}
