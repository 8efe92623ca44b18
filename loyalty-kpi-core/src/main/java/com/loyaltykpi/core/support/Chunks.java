package com.loyaltykpi.core.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits long IN lists: databases cap the parameters of one statement (PostgreSQL at 32,767). */
public final class Chunks {

    public static final int IN_LIST = 1000;

    private Chunks() {
    }

    public static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = new ArrayList<T>(values);
        List<List<T>> chunks = new ArrayList<List<T>>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return chunks;
    }
}
