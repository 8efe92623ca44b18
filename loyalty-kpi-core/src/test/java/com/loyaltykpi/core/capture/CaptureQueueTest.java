package com.loyaltykpi.core.capture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

class CaptureQueueTest {

    private final OrderRecorder recorder = mock(OrderRecorder.class);
    private CaptureQueue queue;

    @AfterEach
    void stop() throws InterruptedException {
        queue.stop();
    }

    /** Every order id the recorder was given, over all its calls. */
    @SuppressWarnings("unchecked")
    private List<String> recorded() {
        ArgumentCaptor<List<String>> batches = ArgumentCaptor.forClass(List.class);
        verify(recorder, atLeastOnce()).record(batches.capture());
        List<String> all = new ArrayList<String>();
        for (List<String> batch : batches.getAllValues()) {
            all.addAll(batch);
        }
        return all;
    }

    @Test
    void writesEveryOrderItIsHandedOnItsOwnThread() throws Exception {
        queue = new CaptureQueue(recorder, 10, Duration.ofSeconds(1));
        queue.start();

        assertThat(queue.submit("1")).isTrue();
        assertThat(queue.submit("2")).isTrue();

        assertThat(queue.flush(Duration.ofSeconds(5))).isTrue();
        assertThat(recorded()).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void aFailedWriteIsLoggedAndTheWriterGoesOn() throws Exception {
        queue = new CaptureQueue(recorder, 10, Duration.ofSeconds(1));
        doThrow(new IllegalStateException("database down")).doReturn(null).when(recorder).record(anyList());
        queue.start();

        queue.submit("1");
        assertThat(queue.flush(Duration.ofSeconds(5))).isTrue();
        queue.submit("2");

        assertThat(queue.flush(Duration.ofSeconds(5))).isTrue();
        assertThat(recorded()).containsExactly("1", "2");
    }

    @Test
    void aFullQueueNeverBlocksTheCheckoutAndLeavesTheOrderToReconciliation() throws Exception {
        queue = new CaptureQueue(recorder, 1, Duration.ofSeconds(1));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            writing.countDown();
            release.await(5, TimeUnit.SECONDS);
            return null;
        }).when(recorder).record(anyList());
        queue.start();

        queue.submit("1");
        writing.await(5, TimeUnit.SECONDS);
        assertThat(queue.submit("2")).as("fills the queue").isTrue();
        assertThat(queue.submit("3")).as("no room: left to reconciliation").isFalse();
        release.countDown();

        assertThat(queue.flush(Duration.ofSeconds(5))).isTrue();
        assertThat(recorded()).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void stopWritesWhatIsQueuedAndRefusesMore() throws Exception {
        queue = new CaptureQueue(recorder, 10, Duration.ofSeconds(5));
        queue.start();
        queue.submit("1");

        queue.stop();

        assertThat(recorded()).containsExactly("1");
        assertThat(queue.submit("2")).isFalse();
    }
}
