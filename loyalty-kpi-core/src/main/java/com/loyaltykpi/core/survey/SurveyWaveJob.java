package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.settings.ClusterLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The scheduled check for a due relationship wave (hourly by default); a failure is logged and retried. */
public class SurveyWaveJob {

    private static final Log LOG = LogFactory.getLog(SurveyWaveJob.class);

    private final SurveyWaves waves;
    private final boolean enabled;

    public SurveyWaveJob(SurveyWaves waves, boolean enabled) {
        this.waves = waves;
        this.enabled = enabled;
        if (!enabled) {
            LOG.info("Loyalty: relationship survey waves are off (loyalty.survey.waves=false)");
        }
    }

    public void run() {
        if (!enabled) {
            return;
        }
        try {
            waves.run();
        } catch (ClusterLock.Busy e) {
            LOG.warn("Loyalty: survey wave skipped, the next run tries again: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Loyalty: the survey wave failed; the next run finishes it", e);
        }
    }
}
