package com.loyaltykpi.core.survey.page;

/**
 * What the host renders for a survey request: the page's state (a {@code SurveyOutcome.Status}, SESSION_EXPIRED or
 * ERROR), the component's step when a form is shown, and the HTTP status; or a redirect (303) back to the shop page
 * a form came from.
 */
public final class SurveyView {

    private final String state;
    private final SurveyPrompt survey;
    private final int status;
    private final String redirect;

    SurveyView(String state, SurveyPrompt survey, int status, String redirect) {
        this.state = state;
        this.survey = survey;
        this.status = status;
        this.redirect = redirect;
    }

    static SurveyView redirect(String path) {
        return new SurveyView(null, null, 303, path);
    }

    /** The model attribute "state" of the page. */
    public String state() {
        return state;
    }

    /** The model attribute "survey" (the form shown), or null when the page only tells the shopper something. */
    public SurveyPrompt survey() {
        return survey;
    }

    public int status() {
        return status;
    }

    /** The path within the site to send the shopper back to, or null when the page is rendered. */
    public String redirect() {
        return redirect;
    }
}
