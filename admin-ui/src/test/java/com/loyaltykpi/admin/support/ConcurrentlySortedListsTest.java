package com.loyaltykpi.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class ConcurrentlySortedListsTest {

    private final ConcurrentlySortedLists lists = new ConcurrentlySortedLists("blPersistenceManagerEventHandlers");

    @Test
    void theNamedListCanBeSortedByManyThreadsAtOnce() throws Exception {
        @SuppressWarnings("unchecked")
        List<Integer> shared = (List<Integer>) lists.postProcessAfterInitialization(numbers(), "blPersistenceManagerEventHandlers");

        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> sorts = new ArrayList<Future<?>>();
        for (int t = 0; t < 8; t++) {
            sorts.add(threads.submit(() -> {
                for (int i = 0; i < 2000; i++) {
                    Collections.sort(shared, i % 2 == 0 ? Comparator.<Integer>naturalOrder() : Comparator.<Integer>reverseOrder());
                }
            }));
        }
        for (Future<?> sort : sorts) {
            sort.get(); // an ArrayList here throws ConcurrentModificationException within a few rounds
        }
        threads.shutdown();
        assertThat(shared).containsExactlyInAnyOrderElementsOf(numbers());
    }

    @Test
    void otherBeansAreLeftAsTheyAre() {
        List<Integer> other = numbers();
        assertThat(lists.postProcessAfterInitialization(other, "somethingElse")).isSameAs(other);
        assertThat(lists.postProcessAfterInitialization("text", "blPersistenceManagerEventHandlers")).isEqualTo("text");
    }

    private static List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<Integer>();
        for (int i = 0; i < 200; i++) {
            numbers.add((i * 37) % 200);
        }
        return numbers;
    }
}
