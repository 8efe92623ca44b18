package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.support.ClaimedSends;
import com.loyaltykpi.core.support.DirectTransactions;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.SettingsStore;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The relationship wave: who is asked, how the non-member sample is drawn, resuming, sending. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class SurveyWavesTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final Duration INTERVAL = Duration.ofDays(90);

    @Mock
    private InvitationStore store;
    @Mock
    private Invitations invitations;
    @Mock
    private MembershipStore memberships;
    @Mock
    private OrderFactStore facts;
    @Mock
    private SurveyMailer mailer;
    @Mock
    private SurveyConfiguration configuration;
    @Mock
    private SettingsStore settings;
    @Mock
    private ClusterLock lock;

    private SurveyWaves waves;

    @BeforeEach
    void wire() {
        when(configuration.current()).thenReturn(SurveySettings.defaults());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SurveyMailing mailing = new SurveyMailing(store, invitations, mailer, new SurveyLinks("https://shop.example.com"),
                new DirectTransactions(), clock);
        waves = new SurveyWaves(store, invitations, memberships, facts, mailing, configuration, settings, lock,
                new DirectTransactions(), clock);
        when(memberships.openMembers(null)).thenReturn(set("m1", "m2", "m3", "m4"));
        when(facts.customers()).thenReturn(set("m1", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8"));
        when(store.invitedBetween(NOW.minus(INTERVAL), NOW)).thenReturn(set("m3", "n1"));
        when(mailer.reachable(any())).thenAnswer(call -> {
            Set<String> reachable = new HashSet<String>(call.<Collection<String>>getArgument(0));
            reachable.remove("m4"); // no e-mail address
            reachable.remove("n2");
            return reachable;
        });
    }

    private static Set<String> set(String... ids) {
        return new HashSet<String>(Arrays.asList(ids));
    }

    @Test
    void membersNotAskedAndReachableAndAsManySampledNonMembers() {
        List<String> members = new ArrayList<String>();
        List<String> nonMembers = new ArrayList<String>();

        waves.choose(NOW, INTERVAL, members, nonMembers);

        assertThat(members).containsExactly("m1", "m2");
        assertThat(nonMembers).hasSize(2).doesNotHaveDuplicates().isSubsetOf("n3", "n4", "n5", "n6", "n7", "n8");
    }

    @Test
    void customersWhoOptedOutAreNeverChosen() {
        when(store.optedOut()).thenReturn(set("m1", "n3", "n4", "n5", "n6"));
        List<String> members = new ArrayList<String>();
        List<String> nonMembers = new ArrayList<String>();

        waves.choose(NOW, INTERVAL, members, nonMembers);

        assertThat(members).containsExactly("m2");
        assertThat(nonMembers).hasSize(1).isSubsetOf("n7", "n8");
    }

    @Test
    void theSampleIsTheSameForTheSameWaveAndChangesBetweenWaves() {
        Set<List<String>> samples = new HashSet<List<String>>();
        for (int wave = 0; wave < 20; wave++) {
            Instant start = NOW.plus(Duration.ofDays(wave));
            when(store.invitedBetween(start.minus(INTERVAL), start)).thenReturn(set("m3", "n1"));
            List<String> first = sample(start);
            assertThat(sample(start)).isEqualTo(first);
            samples.add(first);
        }
        assertThat(samples.size()).isGreaterThan(5);
    }

    private List<String> sample(Instant start) {
        List<String> members = new ArrayList<String>();
        List<String> nonMembers = new ArrayList<String>();
        waves.choose(start, INTERVAL, members, nonMembers);
        return nonMembers;
    }

    @Test
    void aDueWaveInvitesSendsAndRecordsItself() {
        when(settings.get("surveyWave.lastAt")).thenReturn(String.valueOf(NOW.minus(INTERVAL).toEpochMilli()));
        when(store.invitedBetween(NOW, NOW.plusMillis(1))).thenReturn(Collections.<String>emptySet());
        Invitation sent = new Invitation(1, "m1", null, null, InvitationChannel.WAVE, Segment.MEMBER, NOW, NOW, null);
        when(store.undeliveredWaves(NOW, NOW.minus(ClaimedSends.ABANDONED_CLAIM))).thenReturn(Collections.singletonList(sent));
        when(store.claim(SurveyMail.INVITATION, 1, NOW, NOW.minus(ClaimedSends.ABANDONED_CLAIM))).thenReturn(true);
        when(invitations.token(sent, AnswerChannel.LINK)).thenReturn("TOKEN");

        WaveReport report = waves.run();

        assertThat(report.ran()).isTrue();
        assertThat(report.members()).isEqualTo(2);
        assertThat(report.nonMembers()).isEqualTo(2);
        verify(settings).put("surveyWave.startedAt", String.valueOf(NOW.toEpochMilli()));
        verify(invitations).forWave("m1", Segment.MEMBER, NOW);
        verify(invitations).forWave("m2", Segment.MEMBER, NOW);
        verify(mailer).send(sent, SurveyMail.INVITATION, "https://shop.example.com/loyalty/survey/TOKEN");
        verify(store).markSent(SurveyMail.INVITATION, 1, NOW);
        verify(settings).put("surveyWave.lastAt", String.valueOf(NOW.toEpochMilli()));
        verify(settings).put("surveyWave.startedAt", null);
        verify(lock).hold(SurveyWaves.LOCK);
    }

    @Test
    void noWaveBeforeTheIntervalHasPassed() {
        when(settings.get("surveyWave.lastAt")).thenReturn(String.valueOf(NOW.minus(Duration.ofDays(89)).toEpochMilli()));

        assertThat(waves.run().ran()).isFalse();
        verify(invitations, never()).forWave(anyString(), any(), any());
    }

    @Test
    void anInterruptedWaveIsFinishedWithItsOwnChoiceNotStartedOver() {
        Instant started = NOW.minus(Duration.ofHours(2));
        when(settings.get("surveyWave.startedAt")).thenReturn(String.valueOf(started.toEpochMilli()));
        when(store.invitedBetween(started.minus(INTERVAL), started)).thenReturn(set("m3", "n1"));
        List<String> nonMembers = sample(started);
        when(store.invitedBetween(started, NOW.plusMillis(1))).thenReturn(set("m1", nonMembers.get(0)));

        WaveReport report = waves.run();

        assertThat(report.ran()).isTrue();
        verify(invitations, never()).forWave(eq("m1"), any(), any());
        verify(invitations).forWave("m2", Segment.MEMBER, started);
        verify(invitations, never()).forWave(eq(nonMembers.get(0)), any(), any());
        verify(invitations).forWave(nonMembers.get(1), Segment.NON_MEMBER, started);
        verify(settings).put("surveyWave.lastAt", String.valueOf(started.toEpochMilli()));
    }
}
