package com.loyaltykpi.core.incrementality;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.settings.ShopTimeZone;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The Java API of the incremental-revenue estimate (docs/KPIS.md): what the program added to revenue, for members who
 * first enrolled in a date range, with its 95% interval, per cohort and week by week around enrolment, a placebo
 * run, the members estimated and left out, and the assumptions in plain words. Reads the facts directly (not the
 * rollups): seconds on a large shop, so callers keep the result until the data changes.
 */
public class IncrementalRevenue {

    private final FactHistoryLoader loader;
    private final ShopTimeZone timeZone;
    private final EstimateConfiguration configuration;
    private final Clock clock;

    public IncrementalRevenue(JdbcTemplate jdbc, ShopTimeZone timeZone, EstimateConfiguration configuration, Clock clock) {
        this.loader = new FactHistoryLoader(jdbc);
        this.timeZone = timeZone;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** The estimate for members who first enrolled in [from, to], with the settings saved for the shop. */
    public Estimate estimate(LocalDate from, LocalDate to, String currency) {
        return estimate(new EstimateRequest(from, to, currency, configuration.current()));
    }

    public Estimate estimate(EstimateRequest request) {
        EstimationData data = loader.load(request, new BusinessCalendar(timeZone.current()), clock.instant());
        return IncrementalRevenueEstimator.estimate(data, request);
    }
}
