package com.loyaltykpi.admin.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.loyaltykpi.admin.data.BackfillStatus;
import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.dashboard.RangeParameters;
import com.loyaltykpi.core.reconcile.ReconciliationJobs;
import com.loyaltykpi.core.screens.DataPage;
import com.loyaltykpi.core.screens.PageNumber;

/**
 * Data: the screen the KPI server shows too ({@link DataPage}: rollup rebuild, CSV imports with their report, KPI
 * tables as CSV, the audit log), and what only the admin has: the backfill of Broadleaf's orders, with a progress bar.
 */
@Controller
public class DataController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-data";

    private final ReconciliationJobs jobs;
    private final DataPage page;

    public DataController(ReconciliationJobs jobs, DataPage page) {
        this.jobs = jobs;
        this.page = page;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model,
                       @RequestParam(value = "auditPage", required = false) String auditPage) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        Integer number = PageNumber.parse(auditPage);
        if (number == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "lk.error.page");
            number = 0;
        }
        return screen(request, model, number);
    }

    /** The screen, with this page of the audit log, and the backfill's state. */
    private String screen(HttpServletRequest request, Model model, int auditPage) {
        Map<String, Object> shown = page.model(auditPage, locale(request));
        model.addAllAttributes(shown);
        model.addAttribute("backfill", BackfillStatus.of(jobs.backfillProgress(), jobs.backfillRunning()));
        return screen(model, SECTION, "data");
    }

    @RequestMapping(value = "/" + SECTION + "/backfill", method = RequestMethod.POST)
    public String startBackfill(HttpServletResponse response, RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        boolean started = jobs.startBackfill();
        if (started) {
            audited(AuditAction.BACKFILL, null, null);
        }
        redirect.addFlashAttribute("outcome", started ? "lk.data.backfill.started" : "lk.data.backfill.already");
        return "redirect:/" + SECTION;
    }

    /** The backfill's progress for the bar, polled by the page. */
    @RequestMapping(value = "/" + SECTION + "/backfill/progress", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public Map<String, Object> backfillProgress(HttpServletResponse response) {
        if (!allowed(SECTION, response)) {
            return null;
        }
        return BackfillStatus.of(jobs.backfillProgress(), jobs.backfillRunning());
    }

    @RequestMapping(value = "/" + SECTION + "/rebuild", method = RequestMethod.POST)
    public String startRebuild(HttpServletResponse response, RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        redirect.addFlashAttribute("outcome", page.rebuild(adminName()));
        return "redirect:/" + SECTION;
    }

    /** Imports orders.csv or memberships.csv and shows the report (rows, imported, rejected lines and why). */
    @RequestMapping(value = "/" + SECTION + "/import", method = RequestMethod.POST)
    public String importFile(HttpServletRequest request, HttpServletResponse response, Model model,
                             @RequestParam(value = "kind", required = false) String kind,
                             @RequestParam(value = "skipBadRows", required = false) String skipBadRows,
                             @RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        DataPage.Imported imported;
        try (InputStream csv = file == null || file.isEmpty() ? null : file.getInputStream()) {
            imported = page.importFile(adminName(), kind, skipBadRows != null, csv);
        }
        if (imported.refused()) {
            response.setStatus(422);
        }
        model.addAttribute("outcome", imported.problem());
        model.addAttribute("report", imported.report());
        return screen(request, model, 0);
    }

    /** A KPI table as CSV, for a range, granularity and currency. */
    @RequestMapping(value = "/" + SECTION + "/export", method = RequestMethod.GET)
    public String export(HttpServletResponse response, RangeParameters asked) throws IOException {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        DataPage.Export export = page.export(adminName(), asked);
        Writer out = CsvDownload.start(response, export.name());
        export.write(out);
        out.flush();
        return null;
    }
}
