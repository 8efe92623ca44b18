package com.loyaltykpi.core.behaviour;

/**
 * The named segments of a customer's recency (R) and frequency (F) scores, 1 to 5 each. Every one of the 25 cells
 * belongs to exactly one segment:
 *
 * <pre>
 *        F=1          F=2          F=3          F=4          F=5
 * R=5    new          potential    potential    champions    champions
 * R=4    new          potential    potential    loyal        loyal
 * R=3    hibernating  potential    potential    loyal        loyal
 * R=2    hibernating  hibernating  at risk      at risk      cannot lose
 * R=1    lost         lost         at risk      at risk      cannot lose
 * </pre>
 */
public enum BehaviourSegment {

    /** Bought lately and often (R 5, F 4-5). */
    CHAMPIONS,
    /** Buy often, not as lately (R 3-4, F 4-5). */
    LOYAL,
    /** Bought lately, a few times (R 3-5, F 2-3). */
    POTENTIAL,
    /** Bought once, lately (R 4-5, F 1). */
    NEW,
    /** Used to buy fairly often, not lately (R 1-2, F 3-4). */
    AT_RISK,
    /** Were among the most frequent, not lately (R 1-2, F 5). */
    CANNOT_LOSE,
    /** Few purchases, a while ago (R 2, F 1-2; R 3, F 1). */
    HIBERNATING,
    /** Few purchases, long ago (R 1, F 1-2). */
    LOST;

    /** The segment of these scores (1 to 5 each). */
    public static BehaviourSegment of(int recency, int frequency) {
        if (recency < 1 || recency > 5 || frequency < 1 || frequency > 5) {
            throw new IllegalArgumentException("scores go from 1 to 5: R=" + recency + ", F=" + frequency);
        }
        if (recency >= 3) {
            if (frequency >= 4) {
                return recency == 5 ? CHAMPIONS : LOYAL;
            }
            if (frequency >= 2) {
                return POTENTIAL;
            }
            return recency == 3 ? HIBERNATING : NEW;
        }
        if (frequency == 5) {
            return CANNOT_LOSE;
        }
        if (frequency >= 3) {
            return AT_RISK;
        }
        return recency == 2 ? HIBERNATING : LOST;
    }
}
