package com.loyaltykpi.core.incrementality;

import java.util.Collections;
import java.util.List;

/**
 * The lift per member week by week, from 12 weeks before enrolling to 12 weeks after (the excluded days left out),
 * each with its 95% interval: the pre-trend check made visible. Before joining, members and their comparison
 * customers should not differ: {@link #preTrendHolds()} is false when a 95% band over the 12 weeks before (a
 * uniform band, as R's did package draws it) leaves out zero in any of them.
 */
public final class EventStudy {

    /** One week relative to enrolment: -12..-1 before, 1..12 after. */
    public static final class Week {
        private final int week;
        private final Estimated lift;
        private final boolean outsideBand;

        Week(int week, Estimated lift, boolean outsideBand) {
            this.week = week;
            this.lift = lift;
            this.outsideBand = outsideBand;
        }

        public int week() {
            return week;
        }

        /** Mean lift per member in this week (money), with its pointwise 95% interval. */
        public Estimated lift() {
            return lift;
        }

        /** A week before joining whose lift lies outside the uniform 95% band around zero. */
        public boolean outsideBand() {
            return outsideBand;
        }
    }

    static final EventStudy NONE = new EventStudy(Collections.<Week>emptyList(), 0);

    private final List<Week> weeks;
    private final int members;

    EventStudy(List<Week> weeks, int members) {
        this.weeks = Collections.unmodifiableList(weeks);
        this.members = members;
    }

    public List<Week> weeks() {
        return weeks;
    }

    public int members() {
        return members;
    }

    public boolean defined() {
        return !weeks.isEmpty();
    }

    /** True when no week before joining lies outside the band (and when there is nothing to check). */
    public boolean preTrendHolds() {
        for (Week week : weeks) {
            if (week.outsideBand) {
                return false;
            }
        }
        return true;
    }
}
