package com.loyaltykpi.core.survey;

/** What is wrong with a submitted answer: a message key for the shopper's language, and the English text. */
public enum AnswerProblem {
    SATISFACTION_MISSING("Please choose how satisfied you are, from 1 to 5."),
    SATISFACTION_OUT_OF_RANGE("Satisfaction is a whole number from 1 to 5."),
    RECOMMEND_MISSING("Please choose how likely you are to recommend us, from 0 to 10."),
    RECOMMEND_OUT_OF_RANGE("The recommendation score is a whole number from 0 to 10."),
    COMMENT_TOO_LONG("The comment is too long.");

    private final String english;

    AnswerProblem(String english) {
        this.english = english;
    }

    /** The key of the message in the survey's message bundles. */
    public String messageKey() {
        return "loyalty.survey.problem." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String english() {
        return english;
    }
}
