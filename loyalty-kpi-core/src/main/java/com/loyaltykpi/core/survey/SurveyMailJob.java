package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.settings.ClusterLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The scheduled run of the module's survey e-mails (hourly by default): the relationship wave when one is due
 * (unless waves are off), then the reminders due (when they are on). A failure of either is logged and retried by
 * the next run; one does not hold up the other.
 */
public class SurveyMailJob {

    private static final Log LOG = LogFactory.getLog(SurveyMailJob.class);

    private final SurveyWaves waves;
    private final boolean wavesEnabled;
    private final SurveyReminders reminders;

    public SurveyMailJob(SurveyWaves waves, boolean wavesEnabled, SurveyReminders reminders) {
        this.waves = waves;
        this.wavesEnabled = wavesEnabled;
        this.reminders = reminders;
        if (!wavesEnabled) {
            LOG.info("Loyalty: relationship survey waves are off (loyalty.survey.waves=false)");
        }
    }

    public void run() {
        if (wavesEnabled) {
            try {
                waves.run();
            } catch (ClusterLock.Busy e) {
                LOG.warn("Loyalty: survey wave skipped, the next run tries again: " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Loyalty: the survey wave failed; the next run finishes it", e);
            }
        }
        try {
            reminders.run();
        } catch (RuntimeException e) {
            LOG.error("Loyalty: survey reminders failed; the next run sends them", e);
        }
    }
}
