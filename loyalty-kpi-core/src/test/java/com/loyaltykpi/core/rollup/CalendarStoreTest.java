package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.settings.SettingsStore;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CalendarStoreTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final SettingsStore settings = mock(SettingsStore.class);
    private final CalendarStore store = new CalendarStore(jdbc, settings);

    @Test
    void aDaylightSavingDayHasItsTwentyThreeHoursOfQuarterHoursAndTheRightPeriods() {
        emptyTable();

        List<Object[]> rows = cover("Europe/Rome", "2025-03-29T23:00:00Z", "2025-03-30T21:59:59Z");

        Map<LocalDate, Integer> slotsPerDay = new HashMap<LocalDate, Integer>();
        for (Object[] row : rows) {
            slotsPerDay.merge(((Date) row[1]).toLocalDate(), 1, Integer::sum);
        }
        assertThat(slotsPerDay).containsExactly(Map.entry(LocalDate.of(2025, 3, 30), 92));
        Object[] first = rows.get(0);
        assertThat((long) first[0]).isEqualTo(Instant.parse("2025-03-29T23:00:00Z").toEpochMilli() / CalendarStore.SLOT_MILLIS);
        assertThat(first).containsSubsequence(Date.valueOf("2025-03-30"), Date.valueOf("2025-03-24"),
                Date.valueOf("2025-03-01"), Date.valueOf("2025-01-01"), Date.valueOf("2025-01-01"));
    }

    @Test
    void aZoneWhoseDaysDoNotStartOnAQuarterHourIsRefusedWithAPlainReason() {
        emptyTable();

        // Monrovia kept 44 minutes 30 seconds behind UTC until 1972
        assertThatThrownBy(() -> cover("Africa/Monrovia", "1971-06-01T00:00:00Z", "1971-06-02T00:00:00Z"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Time zone Africa/Monrovia starts a day inside a quarter hour");
    }

    @Test
    void aCoveredRangeIsOnlyExtended() {
        Map<String, Object> bounds = new HashMap<String, Object>();
        bounds.put("LOW", 100L);
        bounds.put("HIGH", 200L);
        when(jdbc.queryForMap(anyString())).thenReturn(bounds);
        when(settings.get("calendar.timeZone")).thenReturn("UTC");

        List<Object[]> rows = cover("UTC", Instant.ofEpochMilli(150 * CalendarStore.SLOT_MILLIS).toString(),
                Instant.ofEpochMilli(205 * CalendarStore.SLOT_MILLIS).toString());

        assertThat(rows).extracting(row -> (Long) row[0]).containsExactly(201L, 202L, 203L, 204L, 205L);
    }

    private void emptyTable() {
        Map<String, Object> bounds = new HashMap<String, Object>();
        bounds.put("LOW", null);
        bounds.put("HIGH", null);
        when(jdbc.queryForMap(anyString())).thenReturn(bounds);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> cover(String zone, String first, String last) {
        store.cover(new BusinessCalendar(ZoneId.of(zone)), Instant.parse(first), Instant.parse(last));
        ArgumentCaptor<List<Object[]>> batches = ArgumentCaptor.forClass(List.class);
        verify(jdbc, atLeastOnce()).batchUpdate(anyString(), batches.capture());
        List<Object[]> rows = new ArrayList<Object[]>();
        for (List<Object[]> batch : batches.getAllValues()) {
            rows.addAll(batch);
        }
        return rows;
    }
}
