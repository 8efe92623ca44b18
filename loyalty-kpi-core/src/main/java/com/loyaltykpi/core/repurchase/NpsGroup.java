package com.loyaltykpi.core.repurchase;

/** Where a recommendation score puts a customer: promoter (9-10), passive (7-8) or detractor (0-6). */
public enum NpsGroup {
    PROMOTER,
    PASSIVE,
    DETRACTOR;

    static NpsGroup of(int recommend) {
        return recommend >= 9 ? PROMOTER : recommend >= 7 ? PASSIVE : DETRACTOR;
    }
}
