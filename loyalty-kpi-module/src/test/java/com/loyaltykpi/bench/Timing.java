package com.loyaltykpi.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Wall-clock timings for the benchmark harnesses. */
public final class Timing {

    private Timing() {
    }

    public static double seconds(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e9;
    }

    /** The 95th percentile of so many runs, in milliseconds. */
    public static double p95(int runs, Callable<?> work) throws Exception {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return percentile(millis, 0.95);
    }

    /** The nearest-rank percentile (0 to 1) of these values. */
    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
