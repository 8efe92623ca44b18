package com.loyaltykpi.server.config;

import com.loyaltykpi.core.followup.FollowUpAlerts;
import com.loyaltykpi.core.offers.BehaviourJob;
import com.loyaltykpi.core.rollup.AggregationJob;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.survey.SurveyMailJob;
import com.loyaltykpi.server.ofbiz.OfbizSync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

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

    private static final Logger LOG = LoggerFactory.getLogger(Schedules.class);

    private final AggregationJob aggregation;
    private final ObjectProvider<OfbizSync> ofbiz;
    private final SurveyMailJob surveyMail;
    private final FollowUpAlerts followUpAlerts;
    private final BehaviourJob behaviourJob;

    Schedules(AggregationJob aggregation, ObjectProvider<OfbizSync> ofbiz, SurveyMailJob surveyMail,
              FollowUpAlerts followUpAlerts, BehaviourJob behaviourJob) {
        this.behaviourJob = behaviourJob;
        this.aggregation = aggregation;
        this.ofbiz = ofbiz;
        this.surveyMail = surveyMail;
        this.followUpAlerts = followUpAlerts;
    }

    /**
     * The OFBiz connector's run, every loyalty.ofbiz.interval, when it is configured; a run that wrote orders
     * aggregates them at once, so that a new OFBiz order is in the KPIs within one interval.
     */
    @Scheduled(initialDelayString = "10s", fixedDelayString = "${loyalty.ofbiz.interval:60s}")
    void syncOfbiz() {
        OfbizSync sync = ofbiz.getIfAvailable();
        if (sync == null) {
            return;
        }
        try {
            OfbizSync.Report report = sync.run();
            if (report.inserted() + report.updated() > 0) {
                aggregation.run();
            }
        } catch (ClusterLock.Busy busy) {
            LOG.info("Loyalty: another instance is reading OFBiz; this run is skipped");
        } catch (RuntimeException e) {
            LOG.warn("Loyalty: the OFBiz run failed and will be tried again at the next one: {}", e.getMessage());
        }
    }

    /** New facts into the KPI tables, every loyalty.aggregation-interval. */
    @Scheduled(initialDelayString = "${loyalty.aggregation-interval:60s}",
            fixedDelayString = "${loyalty.aggregation-interval:60s}")
    void aggregate() {
        aggregation.run();
    }

    /** The operators' alerts of new unhappy answers, every loyalty.survey.alert-interval. */
    @Scheduled(initialDelayString = "${loyalty.survey.alert-interval:60s}",
            fixedDelayString = "${loyalty.survey.alert-interval:60s}")
    void alertFollowUps() {
        followUpAlerts.scheduled();
    }

    /**
     * Every customer's behaviour model and offer group, every loyalty.behaviour-interval (daily), the first an hour
     * after start.
     */
    @Scheduled(initialDelayString = "1h", fixedDelayString = "${loyalty.behaviour-interval:24h}")
    void computeBehaviourModels() {
        behaviourJob.scheduled();
    }

    /** The models and offer groups of the customers whose orders changed, every loyalty.behaviour-update-interval. */
    @Scheduled(initialDelayString = "${loyalty.behaviour-update-interval:5m}",
            fixedDelayString = "${loyalty.behaviour-update-interval:5m}")
    void updateBehaviourModels() {
        behaviourJob.updateScheduled();
    }

    /** The relationship wave when one is due, and the reminders due, every loyalty.survey.mail-interval. */
    @Scheduled(initialDelayString = "${loyalty.survey.mail-interval:1h}",
            fixedDelayString = "${loyalty.survey.mail-interval:1h}")
    void sendSurveyMail() {
        surveyMail.run();
    }
}
