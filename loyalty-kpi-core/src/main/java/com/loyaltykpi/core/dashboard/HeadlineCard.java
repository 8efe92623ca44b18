package com.loyaltykpi.core.dashboard;

/** One card of the dashboard: a KPI of the latest period, its change against the period before, and its help. */
public final class HeadlineCard {

    /** Which way the change points; NONE when either period is undefined. */
    public enum Direction { UP, DOWN, FLAT, NONE }

    private final String id;
    private final String value;
    private final String change;
    private final Direction direction;
    private final boolean lowerIsBetter;
    private final String note;

    HeadlineCard(String id, String value, String change, Direction direction, boolean lowerIsBetter, String note) {
        this.id = id;
        this.value = value;
        this.change = change;
        this.direction = direction;
        this.lowerIsBetter = lowerIsBetter;
        this.note = note;
    }

    /** The card's name in the messages (lk.card.<id> for the title, lk.card.<id>.help for the hover text). */
    public String getId() {
        return id;
    }

    /** The value as shown, or null when undefined (the page shows "n/a"). */
    public String getValue() {
        return value;
    }

    /** The change as shown, or null when it cannot be computed. */
    public String getChange() {
        return change;
    }

    public String getDirection() {
        return direction.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a fall is good news (follow-ups opened, hours to close one): the change's colours swap. */
    public boolean isLowerIsBetter() {
        return lowerIsBetter;
    }

    /** A second figure (a margin of error), or null. */
    public String getNote() {
        return note;
    }
}
