package com.loyaltykpi.broadleaf.web;

/** What the confirmation page shows: the survey form for a registered shopper, a link for a guest. */
public final class SurveyPrompt {

    private final String token;
    private final String path;
    private final boolean guest;
    private final int commentMaxLength;

    SurveyPrompt(String token, String path, boolean guest, int commentMaxLength) {
        this.token = token;
        this.path = path;
        this.guest = guest;
        this.commentMaxLength = commentMaxLength;
    }

    /** The token the form posts to. */
    public String getToken() {
        return token;
    }

    /** The survey page's path in the shop (the template adds the context path). */
    public String getPath() {
        return path;
    }

    /** Guests are asked by link only. */
    public boolean isGuest() {
        return guest;
    }

    /** The longest comment accepted. */
    public int getCommentMaxLength() {
        return commentMaxLength;
    }
}
