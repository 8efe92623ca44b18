package com.loyaltykpi.core.survey;

/** Why a shopper was invited: after an order (transactional), or in a periodic relationship wave. */
public enum InvitationChannel {
    CHECKOUT,
    WAVE
}
