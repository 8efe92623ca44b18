package com.loyaltykpi.core.comments;

import java.util.List;

/** A word or two-word phrase one group of customers uses more than the other, with its z-score and examples. */
public final class TermFinding {

    private final String shown;
    private final double z;
    private final long detractorCount;
    private final long promoterCount;
    private final List<String> examples;

    TermFinding(String shown, double z, long detractorCount, long promoterCount, List<String> examples) {
        this.shown = shown;
        this.z = z;
        this.detractorCount = detractorCount;
        this.promoterCount = promoterCount;
        this.examples = examples;
    }

    /** The term as customers wrote it most often (lower case). */
    public String shown() {
        return shown;
    }

    /** The z-score of the weighted log-odds ratio: positive when detractors use it more. */
    public double z() {
        return z;
    }

    public long detractorCount() {
        return detractorCount;
    }

    public long promoterCount() {
        return promoterCount;
    }

    /** Up to two comments of the group that uses it more, in which it appears. */
    public List<String> examples() {
        return examples;
    }
}
