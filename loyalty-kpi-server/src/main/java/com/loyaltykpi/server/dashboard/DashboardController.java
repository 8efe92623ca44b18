package com.loyaltykpi.server.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loyaltykpi.core.dashboard.DashboardPage;
import com.loyaltykpi.core.dashboard.DashboardRange;
import com.loyaltykpi.core.dashboard.RangeParameters;
import com.loyaltykpi.server.web.Screens;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard, for every signed-in operator: the Broadleaf admin's page ({@link DashboardPage}, with its template,
 * script and texts from the core), at the same addresses.
 */
@Controller
class DashboardController {

    static final String PATH = "/loyalty-dashboard";

    private final DashboardPage page;
    private final ObjectMapper json;

    DashboardController(DashboardPage page, ObjectMapper json) {
        this.page = page;
        this.json = json;
    }

    @GetMapping("/")
    String home() {
        return "redirect:" + PATH;
    }

    @GetMapping(PATH)
    String show(RangeParameters asked, Locale locale, Model model, HttpServletResponse response)
            throws JsonProcessingException {
        DashboardRange range = page.range(asked);
        if (range.problem() != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST); // shown with the default range and the problem
        }
        Map<String, Object> shown = page.model(range, asked, locale);
        model.addAllAttributes(shown);
        String series = json.writeValueAsString(shown.get(DashboardPage.SERIES));
        model.addAttribute("seriesJson", DashboardPage.inScript(series));
        return Screens.show(model, "dashboard");
    }

    /** The estimate of the range and its payoff, as JSON (the page's script asks for it). */
    @GetMapping(value = PATH + "/estimate", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> estimate(RangeParameters asked, Locale locale) {
        return page.estimate(asked, locale);
    }

    /** The same estimate as a CSV file; 202 with the reason while there is none. */
    @GetMapping(PATH + "/estimate.csv")
    void estimateCsv(RangeParameters asked, Locale locale, HttpServletResponse response) throws IOException {
        DashboardPage.EstimateFile file = page.estimateFile(asked);
        if (file.notReady() != null) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(file.notReady());
            return;
        }
        file.write(locale, Screens.csv(response, file.name()));
    }
}
