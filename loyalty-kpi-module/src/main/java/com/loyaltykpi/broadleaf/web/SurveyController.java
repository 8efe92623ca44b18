package com.loyaltykpi.broadleaf.web;

import com.loyaltykpi.core.survey.AnswerProblem;
import com.loyaltykpi.core.survey.Answers;
import com.loyaltykpi.core.survey.SurveyConfiguration;
import com.loyaltykpi.core.survey.SurveyOutcome;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The survey page, reached by link, and where the survey component's forms post (from the confirmation page too):
 * the one-click satisfaction score (step=rate), then the recommendation and the comment (step=more), or a whole
 * answer at once (no step). A form that came from a shop page (its return path) goes back to that page, where the
 * component shows its next step; otherwise the survey page shows it. Every other case (answered before, expired,
 * unknown or tampered link, too many attempts, a form left open past the session) is a friendly page of its own with
 * an honest status code; never an error page. Forms carry Broadleaf's CSRF token, checked here as well as by the
 * shop's CSRF filter.
 */
@Controller
public class SurveyController {

    /** The view of every survey page (a complete page; map its prefix to NONE in the site's layoutMap). */
    static final String VIEW = "loyalty-kpi/survey-page";
    private static final Log LOG = LogFactory.getLog(SurveyController.class);
    private static final String SESSION_EXPIRED = "SESSION_EXPIRED";
    private static final String ERROR = "ERROR";
    private static final String RATE = "rate";
    private static final String MORE = "more";

    private final Answers answers;
    private final SurveyConfiguration configuration;
    private final ExploitProtectionService exploitProtection;
    private final String stylesheet;

    public SurveyController(Answers answers, SurveyConfiguration configuration,
                            ExploitProtectionService exploitProtection, String stylesheet) {
        this.answers = answers;
        this.configuration = configuration;
        this.exploitProtection = exploitProtection;
        this.stylesheet = stylesheet;
    }

    @RequestMapping(value = "/loyalty/survey/{token}", method = RequestMethod.GET)
    public String show(@PathVariable("token") String token, Model model, HttpServletRequest request,
                       HttpServletResponse response) {
        SurveyOutcome outcome = answers.open(token, request.getRemoteAddr());
        return page(model, response, outcome.status().name(), stepOf(outcome.status()), token,
                new HashMap<String, String>(), outcome.problems());
    }

    @RequestMapping(value = "/loyalty/survey/{token}", method = RequestMethod.POST)
    public ModelAndView answer(@PathVariable("token") String token,
                               @RequestParam(value = "step", required = false) String step,
                               @RequestParam(value = "satisfaction", required = false) String satisfaction,
                               @RequestParam(value = "recommend", required = false) String recommend,
                               @RequestParam(value = "comment", required = false) String comment,
                               @RequestParam(value = "return", required = false) String returnTo,
                               Model model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> values = new HashMap<String, String>();
        values.put("recommend", recommend);
        values.put("comment", comment);
        if (!csrfTokenMatches(request)) {
            SurveyOutcome state = answers.open(token);
            SurveyPrompt.State open = stepOf(state.status());
            return new ModelAndView(page(model, response, open != null ? SESSION_EXPIRED : state.status().name(), open,
                    token, values, state.problems()));
        }
        String address = request.getRemoteAddr();
        SurveyOutcome outcome;
        if (RATE.equals(step)) {
            outcome = answers.rate(token, satisfaction, address);
        } else if (MORE.equals(step)) {
            outcome = answers.followUp(token, recommend, comment, address);
        } else {
            outcome = answers.submit(token, satisfaction, recommend, comment, address);
        }
        SurveyOutcome.Status status = outcome.status();
        String back = ReturnPath.orNull(returnTo);
        if (back != null && (status == SurveyOutcome.Status.FOLLOW_UP || status == SurveyOutcome.Status.ACCEPTED)) {
            return new ModelAndView(new RedirectView(back + "#lk-survey", true, false)); // 303: the page, by GET
        }
        SurveyPrompt.State shown = status == SurveyOutcome.Status.INVALID ? invalidStep(step, outcome) : stepOf(status);
        return new ModelAndView(page(model, response, status.name(), shown, token, values, outcome.problems()));
    }

    /** The opt-out link of survey e-mails: one click, never invited again (a page says so). */
    @RequestMapping(value = "/loyalty/survey/{token}/opt-out", method = RequestMethod.GET)
    public String optOut(@PathVariable("token") String token, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        SurveyOutcome outcome = answers.optOut(token, request.getRemoteAddr());
        return page(model, response, outcome.status().name(), null, token, new HashMap<String, String>(),
                outcome.problems());
    }

    /**
     * An address under the survey path that is no token at all (empty, blank, a token with a path after it): the
     * page for an unknown link, rather than the container's "not found".
     */
    @RequestMapping(value = "/loyalty/survey/**", method = {RequestMethod.GET, RequestMethod.POST})
    public String notALink(Model model, HttpServletResponse response) {
        return page(model, response, SurveyOutcome.Status.UNKNOWN_LINK.name(), null, "", new HashMap<String, String>(),
                new ArrayList<AnswerProblem>());
    }

    /** Anything unexpected: logged with its cause, a friendly page for the shopper. */
    @ExceptionHandler(Exception.class)
    public ModelAndView failed(Exception e, HttpServletResponse response) {
        LOG.error("Loyalty: the survey page failed", e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("state", ERROR);
        return page;
    }

    private boolean csrfTokenMatches(HttpServletRequest request) {
        try {
            exploitProtection.compareToken(request.getParameter(exploitProtection.getCsrfTokenParameter()));
            return true;
        } catch (ServiceException e) {
            return false;
        }
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

    private String page(Model model, HttpServletResponse response, String state, SurveyPrompt.State step, String token,
                        Map<String, String> values, List<AnswerProblem> problems) {
        response.setStatus(statusOf(state));
        model.addAttribute("state", state);
        if (step != null) {
            List<String> problemKeys = new ArrayList<String>();
            for (AnswerProblem problem : problems) {
                problemKeys.add(problem.messageKey());
            }
            model.addAttribute("survey", new SurveyPrompt(token, step, null, configuration.current().commentMaxLength(),
                    stylesheet, values, problemKeys));
        }
        return VIEW;
    }

    private static int statusOf(String state) {
        if (SESSION_EXPIRED.equals(state)) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        switch (SurveyOutcome.Status.valueOf(state)) {
            case INVALID:
                return 422;
            case ALREADY_ANSWERED:
                return HttpServletResponse.SC_CONFLICT;
            case EXPIRED:
                return HttpServletResponse.SC_GONE;
            case UNKNOWN_LINK:
                return HttpServletResponse.SC_NOT_FOUND;
            case TOO_MANY_ATTEMPTS:
                return 429;
            default:
                return HttpServletResponse.SC_OK;
        }
    }
}
