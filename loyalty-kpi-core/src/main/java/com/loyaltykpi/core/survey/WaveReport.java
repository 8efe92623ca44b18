package com.loyaltykpi.core.survey;

/** What a run of the relationship wave did. */
public final class WaveReport {

    private final boolean ran;
    private final int members;
    private final int nonMembers;
    private final int delivered;
    private final int failed;

    WaveReport(boolean ran, int members, int nonMembers, int delivered, int failed) {
        this.ran = ran;
        this.members = members;
        this.nonMembers = nonMembers;
        this.delivered = delivered;
        this.failed = failed;
    }

    static WaveReport notDue(int delivered, int failed) {
        return new WaveReport(false, 0, 0, delivered, failed);
    }

    /** Whether a wave was due and issued its invitations in this run. */
    public boolean ran() {
        return ran;
    }

    /** Members invited by the wave (this run and any interrupted run of the same wave). */
    public int members() {
        return members;
    }

    /** Non-members sampled and invited by the wave. */
    public int nonMembers() {
        return nonMembers;
    }

    /** Links sent in this run. */
    public int delivered() {
        return delivered;
    }

    /** Links that could not be sent (retried by the next run). */
    public int failed() {
        return failed;
    }

    @Override
    public String toString() {
        return (ran ? "wave: " + members + " members and " + nonMembers + " non-members invited, " : "no wave due, ")
                + delivered + " links sent, " + failed + " failed";
    }
}
