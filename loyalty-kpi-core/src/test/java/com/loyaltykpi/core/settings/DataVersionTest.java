package com.loyaltykpi.core.settings;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DataVersionTest {

    private final SettingsStore settings = mock(SettingsStore.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsTheStoredVersionAtMostOncePerInterval() {
        when(settings.get(DataVersion.SETTING)).thenReturn("7");
        DataVersion version = new DataVersion(settings, clock, 1000);

        assertThat(version.current()).isEqualTo(7);
        assertThat(version.current()).isEqualTo(7);
        verify(settings, times(1)).get(DataVersion.SETTING);
    }

    @Test
    void aBumpOnThisNodeIsSeenAtOnce() {
        when(settings.get(DataVersion.SETTING)).thenReturn("7", "8");
        DataVersion version = new DataVersion(settings, clock, 1000);
        assertThat(version.current()).isEqualTo(7);

        version.bump();

        verify(settings).increment(DataVersion.SETTING);
        assertThat(version.current()).isEqualTo(8);
    }

    @Test
    void aMembershipChangeBumpsBothVersionsAnOrderChangeOnlyTheFirst() {
        when(settings.get(DataVersion.SETTING)).thenReturn("7", "8", "9");
        when(settings.get(DataVersion.MEMBERSHIP_SETTING)).thenReturn("3", "4");
        DataVersion version = new DataVersion(settings, clock, 1000);
        assertThat(version.current()).isEqualTo(7);
        assertThat(version.membership()).isEqualTo(3);

        version.bumpMembership();
        assertThat(version.current()).isEqualTo(8);
        assertThat(version.membership()).isEqualTo(4);
        verify(settings).increment(DataVersion.MEMBERSHIP_SETTING);

        version.bump();
        assertThat(version.current()).isEqualTo(9);
        assertThat(version.membership()).isEqualTo(4);
        verify(settings, times(2)).get(DataVersion.MEMBERSHIP_SETTING); // read, read after the bump: not again after the order change
    }
}
