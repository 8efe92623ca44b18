package com.loyaltykpi.admin.web;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.codehaus.jackson.map.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import com.loyaltykpi.core.dashboard.DashboardPage;
import com.loyaltykpi.core.dashboard.DashboardRange;
import com.loyaltykpi.core.dashboard.RangeParameters;

/**
 * The Loyalty dashboard in the admin: the page the KPI server shows too ({@link DashboardPage}, its template and
 * script come from the core), behind the admin's section permission.
 */
@Controller
public class DashboardController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-dashboard";

    private final DashboardPage page;
    private final ObjectMapper json = new ObjectMapper();

    public DashboardController(DashboardPage page) {
        this.page = page;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model, RangeParameters asked)
            throws IOException {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        DashboardRange range = page.range(asked);
        if (range.problem() != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST); // shown with the default range and the problem
        }
        Map<String, Object> shown = page.model(range, asked, locale(request));
        model.addAllAttributes(shown);
        String series = json.writeValueAsString(shown.get(DashboardPage.SERIES));
        model.addAttribute("seriesJson", DashboardPage.inScript(series));
        return screen(model, SECTION, "dashboard");
    }

    /** The estimate of the range and its payoff, as JSON (the page's script asks for it). */
    @RequestMapping(value = "/" + SECTION + "/estimate", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public Map<String, Object> estimate(HttpServletRequest request, HttpServletResponse response, RangeParameters asked) {
        if (!allowed(SECTION, response)) {
            return null;
        }
        return page.estimate(asked, locale(request));
    }

    /** The same estimate as a CSV file; 202 with the reason while there is none. */
    @RequestMapping(value = "/" + SECTION + "/estimate.csv", method = RequestMethod.GET)
    public void estimateCsv(HttpServletRequest request, HttpServletResponse response, RangeParameters asked) throws IOException {
        if (!allowed(SECTION, response)) {
            return;
        }
        DashboardPage.EstimateFile file = page.estimateFile(asked);
        if (file.notReady() != null) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(file.notReady());
            return;
        }
        file.write(locale(request), CsvDownload.start(response, file.name()));
    }
}
