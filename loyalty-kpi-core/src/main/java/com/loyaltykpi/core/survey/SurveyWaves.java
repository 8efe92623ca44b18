package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.support.MailingReport;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.privacy.Pseudonyms;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.SettingsStore;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The relationship wave: every wave interval (default 90 days) it invites the current members, and a random sample
 * of non-members of the same size, who have not been asked in the interval before the wave and can be reached;
 * so satisfaction is measured for both segments even in months with few orders. One node runs it at a time (a
 * cluster lock, held on a connection of its own). A wave is identified by its start instant, saved before any
 * invitation, and each customer has at most one invitation per wave (a unique key): a run interrupted midway is
 * finished by the next run with the same choice (the sample is drawn with the start as seed), never started over.
 * Links are sent after the invitations are committed and the lock released, so a slow mail server holds up no other
 * node or job; each e-mail is sent by {@link SurveyMailing}: claimed first (sent once, whichever nodes run), and
 * retried by the next run when it could not be sent.
 */
public class SurveyWaves {

    public static final String LOCK = "survey-wave";
    private static final String STARTED_AT = "surveyWave.startedAt";
    private static final String LAST_AT = "surveyWave.lastAt";
    private static final Log LOG = LogFactory.getLog(SurveyWaves.class);

    private final InvitationStore store;
    private final Invitations invitations;
    private final MembershipStore memberships;
    private final OrderFactStore facts;
    private final SurveyMailing mailing;
    private final SurveyConfiguration configuration;
    private final SettingsStore settings;
    private final ClusterLock lock;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public SurveyWaves(InvitationStore store, Invitations invitations, MembershipStore memberships, OrderFactStore facts,
                       SurveyMailing mailing, SurveyConfiguration configuration, SettingsStore settings,
                       ClusterLock lock, TransactionTemplate newTransaction, Clock clock) {
        this.store = store;
        this.invitations = invitations;
        this.memberships = memberships;
        this.facts = facts;
        this.mailing = mailing;
        this.configuration = configuration;
        this.settings = settings;
        this.lock = lock;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    /**
     * Runs a wave if one is due (or finishes an interrupted one), then, with the lock released, sends the links not
     * sent yet.
     */
    public WaveReport run() {
        lock.createRows();
        int[] invited;
        try (ClusterLock.Held held = lock.hold(LOCK)) {
            invited = inviteIfDue();
        }
        MailingReport sent = deliverPending();
        WaveReport report = invited == null ? WaveReport.notDue(sent.sent(), sent.failed())
                : new WaveReport(true, invited[0], invited[1], sent.sent(), sent.failed());
        LOG.info("Loyalty: survey " + report);
        return report;
    }

    /** Issues the due wave's invitations (committed); {members, non-members} invited, or null when none is due. */
    private int[] inviteIfDue() {
        Instant start = dueWave();
        if (start == null) {
            return null;
        }
        Duration interval = Duration.ofDays(configuration.current().waveIntervalDays());
        List<String> members = new ArrayList<String>();
        List<String> nonMembers = new ArrayList<String>();
        choose(start, interval, members, nonMembers);
        Set<String> invitedInWave = store.invitedBetween(start, clock.instant().plusMillis(1));
        invite(members, Segment.MEMBER, invitedInWave, start);
        invite(nonMembers, Segment.NON_MEMBER, invitedInWave, start);
        final Instant issued = start;
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                settings.put(LAST_AT, String.valueOf(issued.toEpochMilli()));
                settings.put(STARTED_AT, null);
            }
        });
        return new int[] {members.size(), nonMembers.size()};
    }

    /** The start of the wave to run: an interrupted one, or a new one (saved at once) when due; else null. */
    private Instant dueWave() {
        String started = settings.get(STARTED_AT);
        if (started != null) {
            return Instant.ofEpochMilli(Long.parseLong(started));
        }
        final Instant now = clock.instant();
        String last = settings.get(LAST_AT);
        Duration interval = Duration.ofDays(configuration.current().waveIntervalDays());
        if (last != null && now.isBefore(Instant.ofEpochMilli(Long.parseLong(last)).plus(interval))) {
            return null;
        }
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                settings.put(STARTED_AT, String.valueOf(now.toEpochMilli()));
            }
        });
        return now;
    }

    /**
     * Members, and as many sampled non-members, not invited in the interval before the wave and reachable. The
     * sample is drawn from the sorted candidates with the wave's start as seed: the same on every rerun.
     */
    void choose(Instant start, Duration interval, List<String> members, List<String> nonMembers) {
        Set<String> asked = store.invitedBetween(start.minus(interval), start);
        Set<String> current = memberships.openMembers(null);
        Set<String> others = new HashSet<String>(facts.customers());
        others.removeAll(current);
        Set<String> candidates = new HashSet<String>(current);
        candidates.addAll(others);
        candidates.removeAll(asked);
        candidates.removeIf(Pseudonyms::isPseudonym); // erased on request
        candidates.removeAll(store.optedOut());
        Set<String> reachable = candidates.isEmpty() ? Collections.<String>emptySet() : mailing.reachable(candidates);
        for (String customer : reachable) {
            (current.contains(customer) ? members : nonMembers).add(customer);
        }
        Collections.sort(members);
        Collections.sort(nonMembers);
        Collections.shuffle(nonMembers, new Random(start.toEpochMilli()));
        nonMembers.subList(Math.min(members.size(), nonMembers.size()), nonMembers.size()).clear();
    }

    private void invite(List<String> customers, Segment segment, Set<String> invitedInWave, Instant wave) {
        for (String customer : customers) {
            if (!invitedInWave.contains(customer)) {
                invitations.forWave(customer, segment, wave);
            }
        }
    }

    /** Sends the link of every wave invitation not sent yet (each claimed first). */
    private MailingReport deliverPending() {
        Instant now = clock.instant();
        return mailing.send(SurveyMail.INVITATION, store.undeliveredWaves(now, mailing.abandonedBefore(now)));
    }
}
