package com.loyaltykpi.broadleaf.web;

import com.loyaltykpi.core.survey.page.SurveyPage;
import com.loyaltykpi.core.survey.page.SurveyPrompt;
import com.loyaltykpi.core.survey.page.SurveyView;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The survey page on the storefront ({@link SurveyPage}: reached by link, and where the survey component's forms
 * post, from the confirmation page too). Forms carry Broadleaf's CSRF token, checked here as well as by the shop's
 * CSRF filter.
 */
@Controller
public class SurveyController {

    /** The view of every survey page (a complete page; map its prefix to NONE in the site's layoutMap). */
    static final String VIEW = SurveyPage.VIEW;
    private static final Log LOG = LogFactory.getLog(SurveyController.class);

    private final SurveyPage page;
    private final ExploitProtectionService exploitProtection;

    public SurveyController(SurveyPage page, ExploitProtectionService exploitProtection) {
        this.page = page;
        this.exploitProtection = exploitProtection;
    }

    @RequestMapping(value = "/loyalty/survey/{token}", method = RequestMethod.GET)
    public ModelAndView show(@PathVariable("token") String token, HttpServletRequest request,
                             HttpServletResponse response) {
        return render(page.show(token, request.getRemoteAddr(), csrfField(exploitProtection)), response);
    }

    @RequestMapping(value = "/loyalty/survey/{token}", method = RequestMethod.POST)
    public ModelAndView answer(@PathVariable("token") String token,
                               @RequestParam(value = "step", required = false) String step,
                               @RequestParam(value = "satisfaction", required = false) String satisfaction,
                               @RequestParam(value = "recommend", required = false) String recommend,
                               @RequestParam(value = "comment", required = false) String comment,
                               @RequestParam(value = "return", required = false) String returnTo,
                               HttpServletRequest request, HttpServletResponse response) {
        SurveyPage.Submission submission = new SurveyPage.Submission(step, satisfaction, recommend, comment, returnTo);
        return render(page.answer(token, submission, request.getRemoteAddr(), csrfTokenMatches(request),
                csrfField(exploitProtection)), response);
    }

    /** The opt-out link of survey e-mails: one click, never invited again (a page says so). */
    @RequestMapping(value = "/loyalty/survey/{token}/opt-out", method = RequestMethod.GET)
    public ModelAndView optOut(@PathVariable("token") String token, HttpServletRequest request,
                               HttpServletResponse response) {
        return render(page.optOut(token, request.getRemoteAddr()), response);
    }

    /**
     * An address under the survey path that is no token at all (empty, blank, a token with a path after it): the
     * page for an unknown link, rather than the container's "not found".
     */
    @RequestMapping(value = "/loyalty/survey/**", method = {RequestMethod.GET, RequestMethod.POST})
    public ModelAndView notALink(HttpServletResponse response) {
        return render(page.unknownLink(), response);
    }

    /** Anything unexpected: logged with its cause, a friendly page for the shopper. */
    @ExceptionHandler(Exception.class)
    public ModelAndView failed(Exception e, HttpServletResponse response) {
        LOG.error("Loyalty: the survey page failed", e);
        return render(SurveyPage.failed(), response);
    }

    /** Broadleaf's CSRF field for the survey component's forms (what its blc:form would add), or null. */
    static SurveyPrompt.CsrfField csrfField(ExploitProtectionService exploitProtection) {
        try {
            return new SurveyPrompt.CsrfField(exploitProtection.getCsrfTokenParameter(),
                    exploitProtection.getCSRFToken());
        } catch (ServiceException e) {
            LOG.warn("Loyalty: no CSRF token for the survey form: " + e.getMessage());
            return null;
        }
    }

    private boolean csrfTokenMatches(HttpServletRequest request) {
        try {
            exploitProtection.compareToken(request.getParameter(exploitProtection.getCsrfTokenParameter()));
            return true;
        } catch (ServiceException e) {
            return false;
        }
    }

    private static ModelAndView render(SurveyView view, HttpServletResponse response) {
        if (view.redirect() != null) {
            return new ModelAndView(new RedirectView(view.redirect(), true, false)); // 303: the page, by GET
        }
        response.setStatus(view.status());
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("state", view.state());
        page.addObject("survey", view.survey());
        return page;
    }
}
