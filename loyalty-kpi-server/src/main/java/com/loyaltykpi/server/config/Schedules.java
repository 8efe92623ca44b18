package com.loyaltykpi.server.config;

import com.loyaltykpi.core.rollup.AggregationJob;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled jobs of a serving instance. Instances on one database share them through the core's cluster lock:
 * a run another instance is doing is skipped here.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "loyalty.scheduling", havingValue = "true", matchIfMissing = true)
class Schedules {

    private final AggregationJob aggregation;

    Schedules(AggregationJob aggregation) {
        this.aggregation = aggregation;
    }

    /** New facts into the KPI tables, every loyalty.aggregation-interval. */
    @Scheduled(initialDelayString = "${loyalty.aggregation-interval:60s}",
            fixedDelayString = "${loyalty.aggregation-interval:60s}")
    void aggregate() {
        aggregation.run();
    }
}
