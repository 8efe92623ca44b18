package com.loyaltykpi.core.capture;

import java.util.List;

/** Told about the facts live capture has just recorded (after commit), e.g. to invite the shopper to a survey. */
public interface CaptureListener {

    /** Called on the capture writer thread; a failure is logged and does not undo the facts. */
    void recorded(List<OrderFact> facts);
}
