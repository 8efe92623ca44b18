package com.loyaltykpi.server.data;

import com.loyaltykpi.core.dashboard.RangeParameters;
import com.loyaltykpi.core.screens.DataPage;
import com.loyaltykpi.core.screens.PageNumber;
import com.loyaltykpi.server.web.Screens;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;

/**
 * The data screen for analysts and administrators: the Broadleaf admin's ({@link DataPage}, its template and texts
 * from the core), at the same addresses: rollup rebuild, CSV imports from the browser with their report, KPI tables as
 * CSV, the audit log. (Files too large for a browser: the import command.)
 */
@Controller
class DataController {

    static final String PATH = "/loyalty-data";

    private final DataPage page;

    DataController(DataPage page) {
        this.page = page;
    }

    @GetMapping(PATH)
    String show(@RequestParam(required = false) String auditPage, Locale locale, Model model,
                HttpServletResponse response) {
        Integer number = PageNumber.parse(auditPage);
        if (number == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "lk.error.page");
            number = 0;
        }
        model.addAllAttributes(page.model(number, locale));
        return screen(model);
    }

    private static String screen(Model model) {
        return Screens.show(model, "data");
    }

    @PostMapping(PATH + "/rebuild")
    String rebuild(Principal operator, RedirectAttributes next) {
        next.addFlashAttribute("outcome", page.rebuild(operator.getName()));
        return "redirect:" + PATH;
    }

    /** Imports orders.csv or memberships.csv and shows the report (rows, imported, rejected lines and why). */
    @PostMapping(PATH + "/import")
    String importFile(@RequestParam(required = false) String kind, @RequestParam(required = false) String skipBadRows,
                      @RequestParam(required = false) MultipartFile file, Principal operator, Locale locale,
                      Model model, HttpServletResponse response) throws IOException {
        DataPage.Imported imported;
        try (InputStream csv = file == null || file.isEmpty() ? null : file.getInputStream()) {
            imported = page.importFile(operator.getName(), kind, skipBadRows != null, csv);
        }
        if (imported.refused()) {
            response.setStatus(422);
        }
        model.addAttribute("outcome", imported.problem());
        model.addAttribute("report", imported.report());
        model.addAllAttributes(page.model(0, locale));
        return screen(model);
    }

    /** A KPI table as CSV, for a range, granularity and currency. */
    @GetMapping(PATH + "/export")
    void export(RangeParameters asked, Principal operator, HttpServletResponse response) throws IOException {
        DataPage.Export export = page.export(operator.getName(), asked);
        export.write(Screens.csv(response, export.name()));
    }
}
