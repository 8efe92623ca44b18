package com.loyaltykpi.core.survey.page;

import java.util.regex.Pattern;

/**
 * The page a survey form goes back to after an answer: a path within the shop only (starting with one slash, no
 * scheme, no host, no backslash, no fragment, no whitespace), so the survey cannot be used to send a shopper to
 * another site.
 */
public final class ReturnPath {

    private static final int MAX_LENGTH = 2000;
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[^\\\\#\\s]*");

    private ReturnPath() {
    }

    /** The path if it is a safe path within the shop, else null. */
    public static String orNull(String path) {
        return path != null && path.length() <= MAX_LENGTH && LOCAL.matcher(path).matches() ? path : null;
    }
}
