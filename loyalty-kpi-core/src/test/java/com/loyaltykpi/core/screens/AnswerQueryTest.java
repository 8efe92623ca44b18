package com.loyaltykpi.core.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.survey.AnswerFilter;

class AnswerQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void daysAreWholeDaysOfTheShopsTimeZone() {
        AnswerFilter filter = AnswerQuery.parse("2026-03-29", "2026-03-29", "2", "4", "member", TODAY)
                .filter(ZoneId.of("Europe/Rome"));
        assertThat(filter.from()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z")); // the day DST began: 23 hours
        assertThat(filter.minSatisfaction()).isEqualTo(2);
        assertThat(filter.maxSatisfaction()).isEqualTo(4);
        assertThat(filter.segment()).isEqualTo(Segment.MEMBER);
    }

    @Test
    void nothingGivenIsTheLastThirtyDaysOfEveryAnswer() {
        AnswerQuery query = AnswerQuery.parse(null, "", null, null, null, TODAY);
        assertThat(query.from()).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(query.to()).isEqualTo(TODAY);
        assertThat(query.segment()).isEqualTo(Segment.ALL);
        assertThat(query.filter(ZoneId.of("UTC")).segment()).isNull();
        assertThat(query.problem()).isNull();
    }

    @Test
    void badFiltersFallBackAndSayWhy() {
        assertThat(AnswerQuery.parse("2026-02-30", null, null, null, null, TODAY).problem()).isEqualTo("lk.answers.error.date");
        assertThat(AnswerQuery.parse("2026-02-10", "2026-02-01", null, null, null, TODAY).problem()).isEqualTo("lk.answers.error.order");
        assertThat(AnswerQuery.parse(null, null, "4", "2", null, TODAY).problem()).isEqualTo("lk.answers.error.score");
        assertThat(AnswerQuery.parse(null, null, "0", "5", null, TODAY).problem()).isEqualTo("lk.answers.error.score");
        assertThat(AnswerQuery.parse(null, null, "x", null, null, TODAY).problem()).isEqualTo("lk.answers.error.value");
        assertThat(AnswerQuery.parse(null, null, null, null, "VIP", TODAY).problem()).isEqualTo("lk.answers.error.value");
    }
}
