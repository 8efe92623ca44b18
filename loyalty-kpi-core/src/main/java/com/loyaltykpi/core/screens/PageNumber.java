package com.loyaltykpi.core.screens;

/** A page number from a request: missing is the first page; anything but a number from 0 to {@link #MAX} is refused. */
public final class PageNumber {

    /** No list of the screens has more pages (50 lines a page: 50 million lines). */
    public static final int MAX = 1_000_000;

    private PageNumber() {
    }

    /** The page, 0 when none was asked for, or null when the parameter is not a sane page number. */
    public static Integer parse(String page) {
        if (page == null || page.trim().isEmpty()) {
            return 0;
        }
        String trimmed = page.trim();
        if (!trimmed.matches("[0-9]{1,7}")) {
            return null;
        }
        int number = Integer.parseInt(trimmed);
        return number <= MAX ? number : null;
    }
}
