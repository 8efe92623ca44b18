package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.support.MailingReport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one reminder: a registered customer who has not answered an invitation after
 * {@link SurveySettings#reminderDays()} (off by default) gets one e-mail with a link of its own, while the
 * invitation is open. Never after an answer or an opt-out, never for an invitation that a newer one replaced (so
 * the frequency cap holds: at most one invitation and its reminder per capped period), never to a guest (a guest
 * cannot be recognised again to honour an opt-out). A reminder more than {@link #LATE} late (the shop was down, or
 * reminders were just switched on) is not sent: a reminder weeks after the purchase confuses more than it helps.
 * Each e-mail is claimed before it is sent ({@link SurveyMailing}): once, whichever nodes run.
 */
public class SurveyReminders {

    /** How late a reminder may still go out. */
    static final Duration LATE = Duration.ofDays(7);
    private static final Log LOG = LogFactory.getLog(SurveyReminders.class);

    private final InvitationStore store;
    private final SurveyMailing mailing;
    private final SurveyConfiguration configuration;
    private final Clock clock;

    public SurveyReminders(InvitationStore store, SurveyMailing mailing, SurveyConfiguration configuration, Clock clock) {
        this.store = store;
        this.mailing = mailing;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Sends the reminders due now; nothing while reminders are off. */
    public MailingReport run() {
        int days = configuration.current().reminderDays();
        if (days == 0) {
            return MailingReport.NONE;
        }
        Instant now = clock.instant();
        Instant until = now.minus(Duration.ofDays(days));
        List<Invitation> due = store.dueReminders(now, until.minus(LATE), until, mailing.abandonedBefore(now));
        if (due.isEmpty()) {
            return MailingReport.NONE;
        }
        Set<String> customers = new HashSet<String>();
        for (Invitation invitation : due) {
            customers.add(invitation.customerId());
        }
        Set<String> reachable = mailing.reachable(customers);
        List<Invitation> sendable = new ArrayList<Invitation>();
        for (Invitation invitation : due) {
            if (reachable.contains(invitation.customerId())) {
                sendable.add(invitation);
            }
        }
        MailingReport report = mailing.send(SurveyMail.REMINDER, sendable);
        LOG.info("Loyalty: survey reminders: " + report + (due.size() > sendable.size()
                ? " (" + (due.size() - sendable.size()) + " customers cannot be reached by e-mail)" : ""));
        return report;
    }
}
