package com.loyaltykpi.core.comments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which terms one group uses more than another: the weighted log-odds ratio with an informative Dirichlet prior
 * (Monroe, Colaresi and Quinn 2008, "Fightin' Words", section 3.5). With y the term's count in a group and n the
 * group's count of all terms, and a prior of alpha_w = a0 * (the term's share of all the comments read), the
 * log-odds of the term in group i is log((y_i + alpha_w) / (n_i + a0 - y_i - alpha_w)); the difference between the
 * groups, divided by its standard deviation sqrt(1 / (y_i + alpha_w) + 1 / (y_j + alpha_w)), is the term's
 * z-score: positive when group i uses it more. The prior shrinks rare terms towards no difference, so a word said
 * once does not top the list. Its weight a0 is a tenth of the terms compared (at least 10): strong enough to
 * quiet chance, weak enough not to drown what a few hundred comments say (the simulation study of
 * FightinWordsStudyTest measures both).
 */
final class FightinWords {

    /** The prior's total weight a0, as a share of the terms of both groups. */
    static final double PRIOR_SHARE = 0.1;
    static final double MIN_PRIOR_WEIGHT = 10;

    private FightinWords() {
    }

    /** A term with its z-score (positive: group i uses it more) and its counts in both groups. */
    static final class Score {
        final String term;
        final double z;
        final long countI;
        final long countJ;

        Score(String term, double z, long countI, long countJ) {
            this.term = term;
            this.z = z;
            this.countI = countI;
            this.countJ = countJ;
        }
    }

    /**
     * Every term's score, highest first.
     *
     * @param background every comment's term counts (the prior's shares), a superset of both groups' terms
     */
    static List<Score> scores(Map<String, Long> groupI, Map<String, Long> groupJ, Map<String, Long> background) {
        double nI = total(groupI);
        double nJ = total(groupJ);
        double nAll = total(background);
        double a0 = Math.max(MIN_PRIOR_WEIGHT, PRIOR_SHARE * (nI + nJ));
        List<Score> scores = new ArrayList<Score>();
        for (Map.Entry<String, Long> term : background.entrySet()) {
            double alpha = a0 * term.getValue() / nAll;
            long yI = count(groupI, term.getKey());
            long yJ = count(groupJ, term.getKey());
            double logOddsI = Math.log((yI + alpha) / (nI + a0 - yI - alpha));
            double logOddsJ = Math.log((yJ + alpha) / (nJ + a0 - yJ - alpha));
            double sd = Math.sqrt(1 / (yI + alpha) + 1 / (yJ + alpha));
            scores.add(new Score(term.getKey(), (logOddsI - logOddsJ) / sd, yI, yJ));
        }
        Collections.sort(scores, new Comparator<Score>() {
            @Override
            public int compare(Score a, Score b) {
                int byZ = Double.compare(b.z, a.z);
                return byZ != 0 ? byZ : a.term.compareTo(b.term);
            }
        });
        return scores;
    }

    private static long count(Map<String, Long> counts, String term) {
        Long found = counts.get(term);
        return found == null ? 0 : found;
    }

    private static double total(Map<String, Long> counts) {
        double sum = 0;
        for (long each : counts.values()) {
            sum += each;
        }
        return sum;
    }
}
