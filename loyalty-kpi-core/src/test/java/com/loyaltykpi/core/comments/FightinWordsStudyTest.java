package com.loyaltykpi.core.comments;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulation study of the comment analysis's z-scores (docs/SURVEYS.md, "Reading the comments"): seeded
 * datasets of comments drawn from a Zipf vocabulary of 300 terms, 200 detractor and 300 promoter comments of 8
 * terms each, plus 100 passive ones in the prior. Without a difference between the groups, the share of terms
 * (used at least 3 times) listed on either side is the false-positive rate; with two terms planted 3 times as
 * likely among detractors (a common one, rank 20, and a rarer one, rank 60), the share of datasets that list each
 * on the detractors' side is the power.
 */
class FightinWordsStudyTest {

    private static final int VOCABULARY = 300;
    private static final int DATASETS = 200;
    private static final int TERMS_PER_COMMENT = 8;

    @Test
    void falsePositivesStayUnderFivePercentAndPlantedTermsAreFound() {
        double[] zipf = new double[VOCABULARY];
        for (int k = 0; k < VOCABULARY; k++) {
            zipf[k] = 1.0 / (k + 1);
        }
        double[] planted = zipf.clone();
        planted[19] *= 3;
        planted[59] *= 3;
        long eligible = 0;
        long listed = 0;
        int foundCommon = 0;
        int foundRare = 0;
        for (int seed = 0; seed < DATASETS; seed++) {
            Random random = new Random(20261201L + seed);
            Map<String, Long> d = draw(random, zipf, 200);
            Map<String, Long> p = draw(random, zipf, 300);
            Map<String, Long> all = background(d, p, draw(random, zipf, 100));
            for (FightinWords.Score score : FightinWords.scores(d, p, all)) {
                if (score.countI + score.countJ >= CommentAnalysis.MIN_COUNT) {
                    eligible++;
                    listed += Math.abs(score.z) >= CommentAnalysis.Z ? 1 : 0;
                }
            }
            Map<String, Long> dEffect = draw(random, planted, 200);
            Map<String, Long> pEffect = draw(random, zipf, 300);
            List<FightinWords.Score> scores = FightinWords.scores(dEffect, pEffect,
                    background(dEffect, pEffect, draw(random, zipf, 100)));
            for (FightinWords.Score score : scores) {
                if (score.z >= CommentAnalysis.Z && score.term.equals("w19")) {
                    foundCommon++;
                }
                if (score.z >= CommentAnalysis.Z && score.term.equals("w59")) {
                    foundRare++;
                }
            }
        }
        double falsePositives = (double) listed / eligible;
        System.out.printf(Locale.ROOT, "[study] %d datasets | false-positive rate per term %.4f | power, rank 20 x3: %.3f "
                + "| power, rank 60 x3: %.3f%n", DATASETS, falsePositives, (double) foundCommon / DATASETS,
                (double) foundRare / DATASETS);
        assertThat(falsePositives).isLessThanOrEqualTo(0.05);
        assertThat((double) foundCommon / DATASETS).isGreaterThanOrEqualTo(0.8);
    }

    private static Map<String, Long> draw(Random random, double[] weights, int comments) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        Map<String, Long> counts = new HashMap<String, Long>();
        for (int i = 0; i < comments * TERMS_PER_COMMENT; i++) {
            double u = random.nextDouble() * total;
            int k = 0;
            while (k < weights.length - 1 && u >= weights[k]) {
                u -= weights[k];
                k++;
            }
            counts.merge("w" + k, 1L, Long::sum);
        }
        return counts;
    }

    @SafeVarargs
    private static Map<String, Long> background(Map<String, Long>... groups) {
        Map<String, Long> all = new HashMap<String, Long>();
        for (Map<String, Long> group : groups) {
            for (Map.Entry<String, Long> term : group.entrySet()) {
                all.merge(term.getKey(), term.getValue(), Long::sum);
            }
        }
        return all;
    }
}
