package com.loyaltykpi.core.offers;

import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourUpdates;
import com.loyaltykpi.core.cohorts.RetentionCohorts;
import com.loyaltykpi.core.settings.ClusterLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Set;

/**
 * The daily job: every customer's behaviour model, the retention cohorts, then every customer's offer group under the
 * policy, then the platform told of the customers whose group changed. Between two, every few minutes, the update:
 * the models of the customers whose orders changed, their groups, and the platform told. A failure is logged and left
 * to the next run.
 */
public class BehaviourJob {

    private static final Log LOG = LogFactory.getLog(BehaviourJob.class);

    private final BehaviourModels models;
    private final RetentionCohorts cohorts;
    private final OfferGroups groups;
    private final BehaviourUpdates updates;

    public BehaviourJob(BehaviourModels models, RetentionCohorts cohorts, OfferGroups groups, BehaviourUpdates updates) {
        this.models = models;
        this.cohorts = cohorts;
        this.groups = groups;
        this.updates = updates;
    }

    public void scheduled() {
        try {
            models.refresh();
            cohorts.refresh();
            groups.assign();
            groups.publish();
        } catch (ClusterLock.Busy busy) {
            LOG.info("Loyalty: the behaviour models wait for an erasure or an aggregation; the next run computes them");
        } catch (RuntimeException e) {
            LOG.error("Loyalty: the behaviour models or offer groups could not be computed; the next run tries again",
                    e);
        }
    }

    /** The update between two daily runs: the customers whose orders changed, their groups, the platform told. */
    public void updateScheduled() {
        try {
            Set<String> changed = updates.update();
            if (!changed.isEmpty()) {
                groups.assign(changed);
                groups.publish();
            }
        } catch (ClusterLock.Busy busy) {
            LOG.info("Loyalty: the behaviour update waits for an erasure or an aggregation; the next run does it");
        } catch (RuntimeException e) {
            LOG.error("Loyalty: the behaviour models of the customers whose orders changed could not be updated; the "
                    + "next run tries again", e);
        }
    }
}
