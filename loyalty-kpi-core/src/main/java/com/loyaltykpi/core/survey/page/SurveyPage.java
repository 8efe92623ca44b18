package com.loyaltykpi.core.survey.page;

import com.loyaltykpi.core.survey.AnswerProblem;
import com.loyaltykpi.core.survey.Answers;
import com.loyaltykpi.core.survey.SurveyConfiguration;
import com.loyaltykpi.core.survey.SurveyOutcome;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The survey page, reached by link, and where the survey component's forms post (from a shop page too), on every
 * host: the one-click satisfaction score (step=rate), then the recommendation and the comment (step=more), or a whole
 * answer at once (no step). A form that came from a shop page (its return path) goes back to that page, where the
 * component shows its next step; otherwise the survey page shows it. Every other case (answered before, expired,
 * unknown or tampered link, too many attempts, a form whose CSRF token no longer matches) is a friendly page of its
 * own with an honest status code; never an error page. The host's controller checks the CSRF token and renders
 * {@link #VIEW} with the view's state and prompt.
 */
public final class SurveyPage {

    /** The template of every survey page (a complete page). */
    public static final String VIEW = "loyalty-kpi/survey-page";
    private static final String SESSION_EXPIRED = "SESSION_EXPIRED";
    private static final String RATE = "rate";
    private static final String MORE = "more";

    private final Answers answers;
    private final SurveyConfiguration configuration;
    private final String stylesheet;

    public SurveyPage(Answers answers, SurveyConfiguration configuration, String stylesheet) {
        this.answers = answers;
        this.configuration = configuration;
        this.stylesheet = stylesheet;
    }

    /** The page a link opens. */
    public SurveyView show(String token, String clientAddress, SurveyPrompt.CsrfField csrf) {
        SurveyOutcome outcome = answers.open(token, clientAddress);
        return view(outcome.status().name(), stepOf(outcome.status()), token, noValues(), outcome.problems(), csrf);
    }

    /**
     * An answer posted by the component's forms.
     *
     * @param csrfValid whether the form's CSRF token matched (a stale form is shown again, with what was typed)
     */
    public SurveyView answer(String token, Submission submission, String clientAddress, boolean csrfValid,
                             SurveyPrompt.CsrfField csrf) {
        Map<String, String> values = new HashMap<String, String>();
        values.put("recommend", submission.recommend);
        values.put("comment", submission.comment);
        if (!csrfValid) {
            SurveyOutcome state = answers.open(token);
            SurveyPrompt.State open = stepOf(state.status());
            return view(open != null ? SESSION_EXPIRED : state.status().name(), open, token, values, state.problems(),
                    csrf);
        }
        SurveyOutcome outcome;
        if (RATE.equals(submission.step)) {
            outcome = answers.rate(token, submission.satisfaction, clientAddress);
        } else if (MORE.equals(submission.step)) {
            outcome = answers.followUp(token, submission.recommend, submission.comment, clientAddress);
        } else {
            outcome = answers.submit(token, submission.satisfaction, submission.recommend, submission.comment,
                    clientAddress);
        }
        SurveyOutcome.Status status = outcome.status();
        String back = ReturnPath.orNull(submission.returnTo);
        if (back != null && (status == SurveyOutcome.Status.FOLLOW_UP || status == SurveyOutcome.Status.ACCEPTED)) {
            return SurveyView.redirect(back + "#lk-survey");
        }
        SurveyPrompt.State shown = status == SurveyOutcome.Status.INVALID ? invalidStep(submission.step, outcome)
                : stepOf(status);
        return view(status.name(), shown, token, values, outcome.problems(), csrf);
    }

    /** The opt-out link of survey e-mails: one click, never invited again (the page says so). */
    public SurveyView optOut(String token, String clientAddress) {
        SurveyOutcome outcome = answers.optOut(token, clientAddress);
        return view(outcome.status().name(), null, token, noValues(), outcome.problems(), null);
    }

    /** An address under the survey path that is no token at all: the page of an unknown link. */
    public SurveyView unknownLink() {
        return view(SurveyOutcome.Status.UNKNOWN_LINK.name(), null, "", noValues(),
                Collections.<AnswerProblem>emptyList(), null);
    }

    /** Anything unexpected (the host logs it): a friendly page for the shopper. */
    public static SurveyView failed() {
        return new SurveyView("ERROR", null, 500, null);
    }

    /** The step a refused answer is shown again at: the follow-up's own problems there, any other at the first. */
    private static SurveyPrompt.State invalidStep(String step, SurveyOutcome outcome) {
        boolean rating = outcome.problems().contains(AnswerProblem.SATISFACTION_MISSING)
                || outcome.problems().contains(AnswerProblem.SATISFACTION_OUT_OF_RANGE);
        return MORE.equals(step) && !rating ? SurveyPrompt.State.FOLLOW_UP : SurveyPrompt.State.OPEN;
    }

    /** The component's step for a state that shows it (OPEN, FOLLOW_UP), or null. */
    private static SurveyPrompt.State stepOf(SurveyOutcome.Status status) {
        if (status == SurveyOutcome.Status.OPEN) {
            return SurveyPrompt.State.OPEN;
        }
        return status == SurveyOutcome.Status.FOLLOW_UP ? SurveyPrompt.State.FOLLOW_UP : null;
    }

    private SurveyView view(String state, SurveyPrompt.State step, String token, Map<String, String> values,
                            List<AnswerProblem> problems, SurveyPrompt.CsrfField csrf) {
        SurveyPrompt prompt = null;
        if (step != null) {
            List<String> problemKeys = new ArrayList<String>();
            for (AnswerProblem problem : problems) {
                problemKeys.add(problem.messageKey());
            }
            prompt = new SurveyPrompt(token, step, null, configuration.current().commentMaxLength(), stylesheet, csrf,
                    values, problemKeys);
        }
        return new SurveyView(state, prompt, statusOf(state), null);
    }

    private static Map<String, String> noValues() {
        return new HashMap<String, String>();
    }

    private static int statusOf(String state) {
        if (SESSION_EXPIRED.equals(state)) {
            return 403;
        }
        switch (SurveyOutcome.Status.valueOf(state)) {
            case INVALID:
                return 422;
            case ALREADY_ANSWERED:
                return 409;
            case EXPIRED:
                return 410;
            case UNKNOWN_LINK:
                return 404;
            case TOO_MANY_ATTEMPTS:
                return 429;
            default:
                return 200;
        }
    }

    /** The fields a survey form posts (any may be missing). */
    public static final class Submission {
        final String step;
        final String satisfaction;
        final String recommend;
        final String comment;
        final String returnTo;

        public Submission(String step, String satisfaction, String recommend, String comment, String returnTo) {
            this.step = step;
            this.satisfaction = satisfaction;
            this.recommend = recommend;
            this.comment = comment;
            this.returnTo = returnTo;
        }
    }
}
