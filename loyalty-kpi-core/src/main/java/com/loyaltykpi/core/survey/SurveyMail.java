package com.loyaltykpi.core.survey;

/**
 * The e-mails the module itself sends about an invitation, each at most once: the wave's invitation and the
 * reminder. Each has
 * the column of LK_SURVEY_INVITATION that records it (null: not sent; minus an instant: a node began sending it
 * then; an instant: sent) and the channel of the link it carries.
 */
public enum SurveyMail {

    /** A relationship wave's invitation. */
    INVITATION("DELIVERED_AT", AnswerChannel.LINK),

    /** The one reminder of an invitation not answered after {@link SurveySettings#reminderDays()}. */
    REMINDER("REMINDED_AT", AnswerChannel.REMINDER);

    private final String column;
    private final AnswerChannel channel;

    SurveyMail(String column, AnswerChannel channel) {
        this.column = column;
        this.channel = channel;
    }

    /** The column of LK_SURVEY_INVITATION recording this e-mail. */
    String column() {
        return column;
    }

    /** The channel of the link the e-mail carries (an answer through it counts for this channel). */
    AnswerChannel channel() {
        return channel;
    }
}
