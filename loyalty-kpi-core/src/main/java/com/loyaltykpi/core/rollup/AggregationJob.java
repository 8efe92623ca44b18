package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.settings.ClusterLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The scheduled aggregation: applies pending fact changes to the rollups; a failure is logged and retried next run. */
public class AggregationJob {

    private static final Log LOG = LogFactory.getLog(AggregationJob.class);

    private final Aggregator aggregator;

    public AggregationJob(Aggregator aggregator) {
        this.aggregator = aggregator;
    }

    public void run() {
        try {
            AggregationReport report = aggregator.aggregate();
            if (report.count() > 0 || report.surveyChanges() > 0) {
                LOG.info("Loyalty: rollups updated: " + report);
            }
        } catch (ClusterLock.Busy e) {
            LOG.warn("Loyalty: rollup aggregation skipped, the next run tries again: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Loyalty: rollup aggregation failed; the next run tries again", e);
        }
    }
}
