package com.loyaltykpi.core.repurchase;

/** Where a recommendation score puts a customer: promoter (9-10), passive (7-8) or detractor (0-6). */
public enum NpsGroup {
    PROMOTER,
    PASSIVE,
    DETRACTOR;

    /** The same in SQL, for a recommendation column that is not null. */
    static String sql(String column) {
        return "CASE WHEN " + column + " >= 9 THEN 'PROMOTER' WHEN " + column + " >= 7 THEN 'PASSIVE' ELSE 'DETRACTOR' END";
    }
}
