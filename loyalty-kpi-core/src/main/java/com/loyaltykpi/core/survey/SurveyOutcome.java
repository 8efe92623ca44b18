package com.loyaltykpi.core.survey;

import java.util.Collections;
import java.util.List;

/** What became of opening a survey link or submitting an answer, for the page to tell the shopper. */
public final class SurveyOutcome {

    /** The state of the survey behind a link, or of a submission. */
    public enum Status {
        /** The link is valid and the survey not answered yet: show the form. */
        OPEN,
        /** The answer was recorded just now (the whole answer, or its follow-up). */
        ACCEPTED,
        /**
         * The satisfaction score is recorded (just now, or before through this or another link); the recommendation
         * question and the comment follow, once, until the link expires.
         */
        FOLLOW_UP,
        /** The answer has problems (see {@link #problems()}): show the form again. */
        INVALID,
        /** The survey was answered before, through this link or another. */
        ALREADY_ANSWERED,
        /** The link has expired. */
        EXPIRED,
        /** No survey has this link: mistyped, cut short or tampered with. */
        UNKNOWN_LINK,
        /** Too many submissions from this address or for this link in a short time. */
        TOO_MANY_ATTEMPTS,
        /** The shopper asked, through the link, not to be invited again. */
        OPTED_OUT
    }

    private final Status status;
    private final Invitation invitation;
    private final List<AnswerProblem> problems;

    private SurveyOutcome(Status status, Invitation invitation, List<AnswerProblem> problems) {
        this.status = status;
        this.invitation = invitation;
        this.problems = Collections.unmodifiableList(problems);
    }

    static SurveyOutcome of(Status status, Invitation invitation) {
        return new SurveyOutcome(status, invitation, Collections.<AnswerProblem>emptyList());
    }

    static SurveyOutcome invalid(Invitation invitation, List<AnswerProblem> problems) {
        return new SurveyOutcome(Status.INVALID, invitation, problems);
    }

    public Status status() {
        return status;
    }

    /** The invitation behind the link, or null for an unknown link or a refused attempt. */
    public Invitation invitation() {
        return invitation;
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
