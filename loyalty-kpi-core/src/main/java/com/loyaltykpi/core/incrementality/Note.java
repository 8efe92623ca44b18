package com.loyaltykpi.core.incrementality;

import java.util.Arrays;
import java.util.Locale;

/** A sentence of an estimate (an assumption, a warning, a reason): a message key and its arguments. */
public final class Note {

    private final String key;
    private final Object[] arguments;

    public Note(String key, Object... arguments) {
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The sentence in this language (English, Italian or German; English for any other). */
    public String text(Locale locale) {
        return EstimateTexts.text(locale, key, arguments);
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Note && key.equals(((Note) other).key) && Arrays.equals(arguments, ((Note) other).arguments);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(arguments);
    }
}
