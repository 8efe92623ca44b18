package com.loyaltykpi.server.survey;

import com.loyaltykpi.core.survey.page.SurveyPage;
import com.loyaltykpi.core.survey.page.SurveyView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The survey pages the server hosts for the shop's customers, at the storefront's address (/loyalty/survey/{token}),
 * with the storefront's page, rules and texts ({@link SurveyPage}). No sign-in; the forms carry Spring Security's
 * CSRF token, checked here (the filter chain leaves these addresses to this controller, so that a form left open
 * past its session gets the friendly "please send your answer again" page, with what was typed, instead of a bare
 * 403).
 */
@Controller
public class SurveyPageController {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyPageController.class);
    private static final XorCsrfTokenRequestAttributeHandler CSRF = new XorCsrfTokenRequestAttributeHandler();

    private final SurveyPage page;

    public SurveyPageController(SurveyPage page) {
        this.page = page;
    }

    @GetMapping("/loyalty/survey/{token}")
    public ModelAndView show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        return render(page.show(token, request.getRemoteAddr(), null), response);
    }

    @PostMapping("/loyalty/survey/{token}")
    public ModelAndView answer(@PathVariable String token,
                               @RequestParam(required = false) String step,
                               @RequestParam(required = false) String satisfaction,
                               @RequestParam(required = false) String recommend,
                               @RequestParam(required = false) String comment,
                               HttpServletRequest request, HttpServletResponse response) {
        // no return path: on the server, every step is shown on the survey page itself
        SurveyPage.Submission submission = new SurveyPage.Submission(step, satisfaction, recommend, comment, null);
        return render(page.answer(token, submission, request.getRemoteAddr(), csrfTokenMatches(request), null),
                response);
    }

    /** The opt-out link of survey e-mails: one click, never invited again. */
    @GetMapping("/loyalty/survey/{token}/opt-out")
    public ModelAndView optOut(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        return render(page.optOut(token, request.getRemoteAddr()), response);
    }

    /** An address under the survey path that is no token: the page of an unknown link. */
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

    private static boolean csrfTokenMatches(HttpServletRequest request) {
        // the session's token as stored (the one in the page is masked afresh for each response)
        DeferredCsrfToken stored = (DeferredCsrfToken) request.getAttribute(DeferredCsrfToken.class.getName());
        CsrfToken expected = stored == null ? null : stored.get();
        String sent = expected == null ? null : CSRF.resolveCsrfTokenValue(request, expected);
        return sent != null && MessageDigest.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    private static ModelAndView render(SurveyView view, HttpServletResponse response) {
        response.setStatus(view.status());
        ModelAndView page = new ModelAndView(SurveyPage.VIEW);
        page.addObject("state", view.state());
        page.addObject("survey", view.survey());
        return page;
    }
}
