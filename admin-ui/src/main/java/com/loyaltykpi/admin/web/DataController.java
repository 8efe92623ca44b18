package com.loyaltykpi.admin.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.dashboard.DashboardRange;
import com.loyaltykpi.core.dashboard.RangeParameters;
import com.loyaltykpi.core.dashboard.RangePreset;
import com.loyaltykpi.admin.data.BackfillStatus;
import com.loyaltykpi.admin.data.BackgroundRebuild;
import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.kpi.KpiCsv;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.reconcile.ReconciliationJobs;
import com.loyaltykpi.core.kpi.KpiService;

/** Data: backfill with a progress bar, rollup rebuild, CSV imports with their report, KPI tables as CSV. */
@Controller
public class DataController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-data";
    /** Audit log lines per page, newest first. */
    static final int AUDIT_PAGE_SIZE = 50;

    private final ReconciliationJobs jobs;
    private final BackgroundRebuild rebuild;
    private final OrdersImport orders;
    private final MembershipsImport memberships;
    private final KpiService kpis;
    private final Dashboard dashboard;
    private final String defaultCurrency;

    public DataController(ReconciliationJobs jobs, BackgroundRebuild rebuild, OrdersImport orders,
                          MembershipsImport memberships, KpiService kpis, Dashboard dashboard, String defaultCurrency) {
        this.jobs = jobs;
        this.rebuild = rebuild;
        this.orders = orders;
        this.memberships = memberships;
        this.kpis = kpis;
        this.dashboard = dashboard;
        this.defaultCurrency = defaultCurrency;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model,
                       @RequestParam(value = "auditPage", required = false) String auditPage) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        Integer page = PageNumber.parse(auditPage);
        if (page == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "lk.error.page");
            page = 0;
        }
        return page(model, page);
    }

    private String page(Model model) {
        return page(model, 0);
    }

    /** The screen, with this page of the audit log (the last one when there are fewer). */
    private String page(Model model, int auditPage) {
        long pages = Math.max(1, (audit.count() + AUDIT_PAGE_SIZE - 1) / AUDIT_PAGE_SIZE);
        int shown = (int) Math.min(auditPage, pages - 1);
        model.addAttribute("auditEvents", audit.latest(shown * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE));
        model.addAttribute("auditPage", shown);
        model.addAttribute("auditPages", pages);
        model.addAttribute("auditDates", new Dates(LocaleContextHolder.getLocale(), ZoneOffset.UTC));
        model.addAttribute("backfill", BackfillStatus.of(jobs.backfillProgress(), jobs.backfillRunning()));
        model.addAttribute("rebuild", rebuild);
        model.addAttribute("presets", RangePreset.values());
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("currencies", dashboard.currencies(defaultCurrency));
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
        boolean started = rebuild.start();
        if (started) {
            audited(AuditAction.REBUILD, null, null);
        }
        redirect.addFlashAttribute("outcome", started ? "lk.data.rebuild.started" : "lk.data.rebuild.already");
        return "redirect:/" + SECTION;
    }

    /** Imports orders.csv or memberships.csv and shows the report (rows, imported, rejected lines and why). */
    @RequestMapping(value = "/" + SECTION + "/import", method = RequestMethod.POST)
    public String importFile(HttpServletResponse response, Model model,
                             @RequestParam(value = "kind", required = false) String kind,
                             @RequestParam(value = "skipBadRows", required = false) String skipBadRows,
                             @RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("outcome", "lk.data.import.noFile");
            return page(model);
        }
        boolean skip = skipBadRows != null;
        ImportReport report;
        try (InputStream csv = file.getInputStream()) {
            if ("memberships".equals(kind)) {
                report = memberships.importMemberships(csv, skip);
            } else if ("orders".equals(kind)) {
                report = orders.importOrders(csv, skip);
            } else {
                response.setStatus(422);
                model.addAttribute("outcome", "lk.data.import.noKind");
                return page(model);
            }
        }
        if (!report.applied()) {
            response.setStatus(422);
        }
        audited(AuditAction.IMPORT, null, kind + ": " + report.rowsRead() + " rows read, " + report.imported() + " imported"
                + (report.applied() ? "" : ", refused"));
        model.addAttribute("report", report);
        return page(model);
    }

    /** A KPI table (every KPI of docs/KPIS.md per period and segment) as CSV, for a range, granularity and currency. */
    @RequestMapping(value = "/" + SECTION + "/export", method = RequestMethod.GET)
    public String export(HttpServletResponse response, RangeParameters asked) throws IOException {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        DashboardRange range = dashboard.range(asked);
        String shown = dashboard.currency(asked.getCurrency(), defaultCurrency);
        audited(AuditAction.EXPORT, null, "KPIs " + range.granularity() + " " + shown + " " + range.from() + ".." + range.to());
        Writer out = CsvDownload.start(response, "loyalty-kpis-" + range.granularity().name().toLowerCase(Locale.ROOT)
                + "-" + shown + "-" + range.from() + "-" + range.to() + ".csv");
        KpiCsv.write(kpis.query(new KpiQuery(range.from(), range.to(), range.granularity(), shown)), out);
        out.flush();
        return null;
    }
}
