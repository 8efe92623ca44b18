package com.loyaltykpi.core.survey;

/**
 * Where an answer came from: the order confirmation page, a link (a wave's e-mail, the shop's own e-mail or any
 * other channel), or the link of the module's reminder e-mail.
 */
public enum AnswerChannel {
    PAGE,
    LINK,
    REMINDER
}
