package com.loyaltykpi.broadleaf.schema;

import java.io.Serializable;

/** A composite primary key that is equal to another of its class when their texts ({@link #toString()}) are. */
public abstract class TextKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && toString().equals(o.toString());
    }

    @Override
    public final int hashCode() {
        return toString().hashCode();
    }

    /** The key's columns, separated by '|'. */
    @Override
    public abstract String toString();
}
