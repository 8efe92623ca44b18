package com.loyaltykpi.core.mix;

import java.util.ArrayList;
import java.util.List;

/**
 * The satisfaction index weighted to the shop's order mix (post-stratification): each cell's mean score counts with
 * its share of the period's orders, not with its share of the answers, so a cell whose customers answer more
 * often does not pull the index its way. The variance is sum(W^2 s^2 / n) over the cells (W the cell's share of the
 * orders, s^2 the sample variance of its scores, n its answers). Cells with fewer than {@link #MIN_ANSWERS}
 * answers are merged with the next band up (the last with the one below), so that no cell's mean rests on a
 * handful of answers; a segment with too few answers of its own is weighted by band only, together with the
 * other. docs/SURVEYS.md, "Answers that stand for the customers", and the simulation study in its test.
 */
public final class PostStratification {

    /** The fewest answers a cell's mean may rest on. */
    public static final int MIN_ANSWERS = 10;

    private PostStratification() {
    }

    /** The index of one segment, weighted by order-value band; null when it has too few answers or no orders. */
    public static WeightedMean ofBands(List<Stratum> bands) {
        return weighted(merged(bands));
    }

    /**
     * The index of the whole shop, weighted by segment and band; by band only when a segment has too few answers.
     * Null when there are too few answers or no orders.
     */
    public static WeightedMean ofSegments(List<Stratum> nonMemberBands, List<Stratum> memberBands) {
        if (answers(nonMemberBands) >= MIN_ANSWERS && answers(memberBands) >= MIN_ANSWERS) {
            List<Stratum> cells = new ArrayList<Stratum>(merged(nonMemberBands));
            cells.addAll(merged(memberBands));
            return weighted(cells);
        }
        List<Stratum> bands = new ArrayList<Stratum>();
        for (int band = 0; band < nonMemberBands.size(); band++) {
            Stratum both = new Stratum();
            both.add(nonMemberBands.get(band));
            both.add(memberBands.get(band));
            bands.add(both);
        }
        return ofBands(bands);
    }

    /** Consecutive bands merged until each cell has enough answers; empty when all of them together have not. */
    static List<Stratum> merged(List<Stratum> bands) {
        List<Stratum> cells = new ArrayList<Stratum>();
        Stratum open = new Stratum();
        for (Stratum band : bands) {
            open.add(band);
            if (open.answers() >= MIN_ANSWERS) {
                cells.add(open);
                open = new Stratum();
            }
        }
        if (cells.isEmpty()) {
            return cells;
        }
        cells.get(cells.size() - 1).add(open);
        return cells;
    }

    private static WeightedMean weighted(List<Stratum> cells) {
        long orders = 0;
        for (Stratum cell : cells) {
            orders += cell.orders();
        }
        if (orders == 0) {
            return null;
        }
        double mean = 0;
        double variance = 0;
        for (Stratum cell : cells) {
            double weight = cell.orders() / (double) orders;
            mean += weight * cell.mean();
            variance += weight * weight * cell.variance() / cell.answers();
        }
        return new WeightedMean(mean, variance);
    }

    private static long answers(List<Stratum> bands) {
        long answers = 0;
        for (Stratum band : bands) {
            answers += band.answers();
        }
        return answers;
    }
}
