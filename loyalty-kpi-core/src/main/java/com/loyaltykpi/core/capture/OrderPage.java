package com.loyaltykpi.core.capture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One page of platform orders and the cursor that continues after it (opaque to the core). */
public final class OrderPage {

    private final List<OrderRef> refs;
    private final String nextCursor;

    public OrderPage(List<OrderRef> refs, String nextCursor) {
        this.refs = Collections.unmodifiableList(new ArrayList<OrderRef>(refs));
        this.nextCursor = nextCursor;
    }

    public List<OrderRef> refs() {
        return refs;
    }

    public String nextCursor() {
        return nextCursor;
    }

    public boolean isEmpty() {
        return refs.isEmpty();
    }
}
