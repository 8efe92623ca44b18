package com.loyaltykpi.core.screens;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.dashboard.DashboardRange;
import com.loyaltykpi.core.dashboard.RangeParameters;
import com.loyaltykpi.core.dashboard.RangePreset;
import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.kpi.KpiCsv;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.rollup.BackgroundRebuild;

/**
 * The data screen as both hosts show it (the Broadleaf admin and the KPI server), with the shared template
 * {@code loyalty_screens/templates/views/loyalty/data.html}: rebuilding the rollups, importing orders.csv and
 * memberships.csv with their report, the KPI tables as CSV, and the audit log, every action written to it under the
 * operator's name. A host adds its permission check, its HTTP statuses and what only it has (the backfill of the
 * Broadleaf admin).
 */
public final class DataPage {

    /** Audit log lines per page, newest first. */
    public static final int AUDIT_PAGE_SIZE = 50;

    private final AuditLog audit;
    private final BackgroundRebuild rebuild;
    private final OrdersImport orders;
    private final MembershipsImport memberships;
    private final KpiService kpis;
    private final Dashboard dashboard;
    private final String defaultCurrency;

    public DataPage(AuditLog audit, BackgroundRebuild rebuild, OrdersImport orders, MembershipsImport memberships,
                    KpiService kpis, Dashboard dashboard, String defaultCurrency) {
        this.audit = audit;
        this.rebuild = rebuild;
        this.orders = orders;
        this.memberships = memberships;
        this.kpis = kpis;
        this.dashboard = dashboard;
        this.defaultCurrency = defaultCurrency;
    }

    /** The screen's model, with this page of the audit log (the last one when there are fewer). */
    public Map<String, Object> model(int auditPage, Locale locale) {
        long pages = Math.max(1, (audit.count() + AUDIT_PAGE_SIZE - 1) / AUDIT_PAGE_SIZE);
        int shown = (int) Math.min(auditPage, pages - 1);
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        model.put("auditEvents", audit.latest(shown * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE));
        model.put("auditPage", shown);
        model.put("auditPages", pages);
        model.put("auditDates", new Dates(locale, ZoneOffset.UTC));
        model.put("rebuild", rebuild);
        model.put("presets", RangePreset.values());
        model.put("granularities", Granularity.values());
        model.put("currencies", dashboard.currencies(defaultCurrency));
        return model;
    }

    /** Starts a rebuild of every rollup in the background; the message key of what happened. */
    public String rebuild(String operator) {
        boolean started = rebuild.start();
        if (started) {
            audit.record(operator, AuditAction.REBUILD, null, null);
        }
        return started ? "lk.data.rebuild.started" : "lk.data.rebuild.already";
    }

    /**
     * Imports an uploaded orders.csv or memberships.csv (kind "orders" or "memberships"; csv null when no file was
     * sent). The result is the report to show, or the message key of why nothing was read.
     */
    public Imported importFile(String operator, String kind, boolean skipBadRows, InputStream csv) throws IOException {
        if (csv == null) {
            return new Imported(null, "lk.data.import.noFile");
        }
        ImportReport report;
        if ("memberships".equals(kind)) {
            report = memberships.importMemberships(csv, skipBadRows);
        } else if ("orders".equals(kind)) {
            report = orders.importOrders(csv, skipBadRows);
        } else {
            return new Imported(null, "lk.data.import.noKind");
        }
        audit.record(operator, AuditAction.IMPORT, null, kind + ": " + report.rowsRead() + " rows read, "
                + report.imported() + " imported" + (report.applied() ? "" : ", refused"));
        return new Imported(report, null);
    }

    /** An import's outcome: the report, or why there is none (a message key). */
    public static final class Imported {
        private final ImportReport report;
        private final String problem;

        Imported(ImportReport report, String problem) {
            this.report = report;
            this.problem = problem;
        }

        /** The report, null when nothing was read. */
        public ImportReport report() {
            return report;
        }

        /** The message key of why nothing was read, or null. */
        public String problem() {
            return problem;
        }

        /** Whether the host answers 422 (nothing read, or the file refused whole). */
        public boolean refused() {
            return report == null || !report.applied();
        }
    }

    /** A KPI table (every KPI of docs/KPIS.md per period and segment) as CSV, for a range, granularity and currency. */
    public Export export(String operator, RangeParameters asked) {
        DashboardRange range = dashboard.range(asked);
        String shown = dashboard.currency(asked.getCurrency(), defaultCurrency);
        audit.record(operator, AuditAction.EXPORT, null,
                "KPIs " + range.granularity() + " " + shown + " " + range.from() + ".." + range.to());
        return new Export(range, shown);
    }

    /** The export's file: its name, and its lines. */
    public final class Export {
        private final DashboardRange range;
        private final String currency;

        Export(DashboardRange range, String currency) {
            this.range = range;
            this.currency = currency;
        }

        public String name() {
            return "loyalty-kpis-" + range.granularity().name().toLowerCase(Locale.ROOT) + "-" + currency + "-"
                    + range.from() + "-" + range.to() + ".csv";
        }

        public void write(Appendable out) throws IOException {
            KpiCsv.write(kpis.query(new KpiQuery(range.from(), range.to(), range.granularity(), currency)), out);
        }
    }
}
