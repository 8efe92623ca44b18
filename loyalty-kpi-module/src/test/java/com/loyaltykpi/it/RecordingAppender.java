package com.loyaltykpi.it;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.spi.LoggingEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps the Hibernate messages a passing run could otherwise hide: HHH000142 (javassist enhancement failed,
 * lazy proxies silently off) and HHH000388/HHH000389 (a statement creating the schema failed).
 */
public class RecordingAppender extends AppenderSkeleton {

    private static final List<String> RECORDED = Collections.synchronizedList(new ArrayList<String>());

    public static List<String> recorded(String messageId) {
        List<String> found = new ArrayList<String>();
        synchronized (RECORDED) {
            for (String message : RECORDED) {
                if (message.contains(messageId)) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    @Override
    protected void append(LoggingEvent event) {
        String message = event.getRenderedMessage();
        if (message != null && (message.contains("HHH000142") || message.contains("HHH000388")
                || message.contains("HHH000389") || message.contains("HHH000174"))) {
            RECORDED.add(message);
        }
    }

    @Override
    public void close() {
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }
}
