package com.loyaltykpi.core.incrementality;

import com.loyaltykpi.core.kpi.BusinessCalendar;
import com.loyaltykpi.core.settings.ShopTimeZone;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * The Java API of the incremental-revenue estimate (KPIS.md): what the program added to revenue, for members who
 * enrolled in a date range, with its 95% interval, beside the raw member figures, the members analysed, matched
 * and left out, and the method's assumptions in plain words. Reads the facts directly (not the rollups).
 */
public class IncrementalRevenue {

    private final FactHistoryLoader loader;
    private final ShopTimeZone timeZone;
    private final Clock clock;

    public IncrementalRevenue(JdbcTemplate jdbc, ShopTimeZone timeZone, Clock clock) {
        this.loader = new FactHistoryLoader(jdbc);
        this.timeZone = timeZone;
        this.clock = clock;
    }

    public Estimate estimate(EstimateRequest request) {
        EstimationData data = loader.load(request, new BusinessCalendar(timeZone.current()), clock.instant());
        return IncrementalRevenueEstimator.estimate(data, request);
    }
}
