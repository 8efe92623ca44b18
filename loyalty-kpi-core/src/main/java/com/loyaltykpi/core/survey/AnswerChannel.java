package com.loyaltykpi.core.survey;

/** Where an answer came from: the order confirmation page, or a link (e-mail or any other channel). */
public enum AnswerChannel {
    PAGE,
    LINK
}
