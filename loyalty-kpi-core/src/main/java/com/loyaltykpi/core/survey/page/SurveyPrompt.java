package com.loyaltykpi.core.survey.page;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the survey component shows (template loyalty-kpi/survey-form, on every host): the first question (OPEN), the
 * second and the comment after the one click (FOLLOW_UP), or the thank-you (DONE); where its forms post, where they
 * come back to, the host's CSRF field when the host does not add it to forms itself, and the shopper's input and its
 * problems when a form is shown again.
 */
public final class SurveyPrompt {

    /** The step the component is at. */
    public enum State {
        OPEN,
        FOLLOW_UP,
        DONE
    }

    private final String token;
    private final State state;
    private final String returnTo;
    private final int commentMaxLength;
    private final String stylesheet;
    private final CsrfField csrf;
    private final Map<String, String> values;
    private final List<String> problems;

    SurveyPrompt(String token, State state, String returnTo, int commentMaxLength, String stylesheet, CsrfField csrf,
                 Map<String, String> values, List<String> problems) {
        this.token = token;
        this.state = state;
        this.returnTo = returnTo;
        this.commentMaxLength = commentMaxLength;
        this.stylesheet = stylesheet;
        this.csrf = csrf;
        this.values = values;
        this.problems = problems;
    }

    /** The component on a shop page (the confirmation page): no input yet, its forms come back to this page. */
    public static SurveyPrompt onPage(String token, State state, String returnTo, int commentMaxLength,
                                      String stylesheet, CsrfField csrf) {
        return new SurveyPrompt(token, state, returnTo, commentMaxLength, stylesheet, csrf,
                Collections.<String, String>emptyMap(), Collections.<String>emptyList());
    }

    /** The token the forms post to (null at the thank-you, which has none). */
    public String getToken() {
        return token;
    }

    /** OPEN, FOLLOW_UP or DONE. */
    public String getState() {
        return state.name();
    }

    /** The shop page the forms come back to (its path within the site), or null for the survey page. */
    public String getReturnTo() {
        return returnTo;
    }

    /** The longest comment accepted. */
    public int getCommentMaxLength() {
        return commentMaxLength;
    }

    /** The component's stylesheet (loyalty.survey.stylesheet), a path within the site or an absolute address. */
    public String getStylesheet() {
        return stylesheet;
    }

    /** The CSRF field the forms carry, or null where the host's template engine adds it to every form. */
    public CsrfField getCsrf() {
        return csrf;
    }

    /** Message keys of what was wrong with the last submission. */
    public List<String> getProblems() {
        return problems;
    }

    /** What the shopper sent in this field, to show it again; empty when nothing. */
    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    /** A hidden form field with the host's CSRF token. */
    public static final class CsrfField {
        private final String name;
        private final String value;

        public CsrfField(String name, String value) {
            this.name = name;
            this.value = value;
        }

        public String getName() {
            return name;
        }

        public String getValue() {
            return value;
        }
    }
}
