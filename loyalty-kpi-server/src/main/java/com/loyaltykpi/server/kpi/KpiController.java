package com.loyaltykpi.server.kpi;

import com.loyaltykpi.core.kpi.KpiCsv;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.period.Granularity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

/** The KPI table over the API, in the CSV format of the Broadleaf admin's export (docs/KPIS.md names every column). */
@RestController
@RequestMapping("/api/v1")
@SecurityRequirement(name = "apiKey")
public class KpiController {

    /** Ten years of days: a larger table is refused rather than computed. */
    static final long MAX_DAYS = 3660;

    private final KpiService kpis;

    public KpiController(KpiService kpis) {
        this.kpis = kpis;
    }

    @Operation(summary = "The KPIs of a range by period and segment (members, non-members, all), as CSV",
            description = "From the pre-aggregated tables: orders recorded since the last aggregation (every "
                    + "loyalty.aggregation-interval) are not in them yet.")
    @GetMapping(value = "/kpis", produces = "text/csv")
    public ResponseEntity<String> kpis(@RequestParam String from, @RequestParam String to,
                                       @RequestParam(defaultValue = "MONTH") String granularity,
                                       @RequestParam String currency) throws IOException {
        KpiQuery query;
        try {
            LocalDate start = LocalDate.parse(from);
            LocalDate end = LocalDate.parse(to);
            if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
                return badRequest("the range is longer than " + MAX_DAYS + " days");
            }
            query = new KpiQuery(start, end, Granularity.valueOf(granularity.toUpperCase(Locale.ROOT)),
                    currency.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return badRequest("from and to are dates such as 2026-03-01");
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage().startsWith("No enum") ? "granularity is one of "
                    + Arrays.toString(Granularity.values()) : e.getMessage());
        }
        StringBuilder csv = new StringBuilder();
        KpiCsv.write(kpis.query(query), csv);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    private static ResponseEntity<String> badRequest(String message) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(message + "\n");
    }
}
