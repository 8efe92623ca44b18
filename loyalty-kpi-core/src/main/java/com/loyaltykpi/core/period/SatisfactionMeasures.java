package com.loyaltykpi.core.period;

/**
 * The additive survey measures of one (period, segment): invitations issued in the period and how many of them
 * were answered (at any time), and the answers given in the period with their score counts. Every answer has a
 * satisfaction score; the recommendation score follows it (the shopper may skip it), so the recommendation's
 * counts have their own number of answers. Invitations of relationship waves are also counted apart (the others
 * came with a checkout).
 */
public final class SatisfactionMeasures {

    private long invitations;
    private long answeredInvitations;
    private long answers;
    private long satisfactionSum;
    private long satisfactionSquares;
    private long satisfied;
    private long recommendAnswers;
    private long promoters;
    private long detractors;
    private long waveInvitations;
    private long waveAnswered;

    public SatisfactionMeasures() {
    }

    public SatisfactionMeasures(long invitations, long answeredInvitations, long answers, long satisfactionSum,
                                long satisfactionSquares, long satisfied, long recommendAnswers, long promoters,
                                long detractors, long waveInvitations, long waveAnswered) {
        this.invitations = invitations;
        this.answeredInvitations = answeredInvitations;
        this.answers = answers;
        this.satisfactionSum = satisfactionSum;
        this.satisfactionSquares = satisfactionSquares;
        this.satisfied = satisfied;
        this.recommendAnswers = recommendAnswers;
        this.promoters = promoters;
        this.detractors = detractors;
        this.waveInvitations = waveInvitations;
        this.waveAnswered = waveAnswered;
    }

    public void addInvitation(int sign, boolean wave) {
        invitations += sign;
        waveInvitations += wave ? sign : 0;
    }

    public void addAnsweredInvitation(int sign, boolean wave) {
        answeredInvitations += sign;
        waveAnswered += wave ? sign : 0;
    }

    /** An answer's satisfaction score (1 to 5). */
    public void addSatisfaction(int sign, int satisfaction) {
        answers += sign;
        satisfactionSum += (long) sign * satisfaction;
        satisfactionSquares += (long) sign * satisfaction * satisfaction;
        satisfied += satisfaction >= 4 ? sign : 0;
    }

    /** An answer's recommendation score (0 to 10). */
    public void addRecommend(int sign, int recommend) {
        recommendAnswers += sign;
        promoters += recommend >= 9 ? sign : 0;
        detractors += recommend <= 6 ? sign : 0;
    }

    public void add(SatisfactionMeasures o) {
        invitations += o.invitations;
        answeredInvitations += o.answeredInvitations;
        answers += o.answers;
        satisfactionSum += o.satisfactionSum;
        satisfactionSquares += o.satisfactionSquares;
        satisfied += o.satisfied;
        recommendAnswers += o.recommendAnswers;
        promoters += o.promoters;
        detractors += o.detractors;
        waveInvitations += o.waveInvitations;
        waveAnswered += o.waveAnswered;
    }

    public boolean isEmpty() {
        return invitations == 0 && answeredInvitations == 0 && answers == 0 && satisfactionSum == 0
                && satisfactionSquares == 0 && satisfied == 0 && recommendAnswers == 0 && promoters == 0
                && detractors == 0 && waveInvitations == 0 && waveAnswered == 0;
    }

    public long invitations() {
        return invitations;
    }

    public long answeredInvitations() {
        return answeredInvitations;
    }

    public long answers() {
        return answers;
    }

    public long satisfactionSum() {
        return satisfactionSum;
    }

    /** The sum of the squared satisfaction scores (for the margin of the index). */
    public long satisfactionSquares() {
        return satisfactionSquares;
    }

    /** Answers of 4 or 5. */
    public long satisfied() {
        return satisfied;
    }

    /** Answers with a recommendation score: the number behind the NPS. */
    public long recommendAnswers() {
        return recommendAnswers;
    }

    /** Recommend scores of 9 or 10. */
    public long promoters() {
        return promoters;
    }

    /** Recommend scores of 0 to 6. */
    public long detractors() {
        return detractors;
    }

    /** Invitations of relationship waves issued in the period. */
    public long waveInvitations() {
        return waveInvitations;
    }

    /** Of those, how many were answered (at any time). */
    public long waveAnswered() {
        return waveAnswered;
    }
}
