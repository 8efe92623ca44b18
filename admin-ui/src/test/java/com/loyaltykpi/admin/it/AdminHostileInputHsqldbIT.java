package com.loyaltykpi.admin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.it.hostile.HostileCsv;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated bad requests to the Loyalty screens of the real admin, logged in as an administrator: every screen and
 * export with parameters of any name, value and size; hostile files to the import, with and without "skip bad
 * rows"; settings with a bad value among random ones; member actions on ids that are not ids. Never a server
 * error or a stack trace, always a page (or file) that says what was wrong; a refused form changes nothing.
 * Fixed seeds; tries: -Djqwik.tries.default (CI 200, reliability 5,000).
 */
class AdminHostileInputHsqldbIT {

    private static final List<String> PATHS = List.of("/loyalty-dashboard", "/loyalty-members", "/loyalty-answers",
            "/loyalty-follow-ups", "/loyalty-settings", "/loyalty-data", "/loyalty-answers/export", "/loyalty-data/export",
            "/loyalty-dashboard/estimate", "/loyalty-data/backfill/progress", "/loyalty-members/");
    private static final List<String> PARAMETERS = List.of("range", "from", "to", "granularity", "currency", "page", "q",
            "segment", "kind", "minScore", "maxScore", "x");

    private static AdminSession admin;

    private static synchronized AdminSession admin() throws Exception {
        if (admin == null) {
            admin = AdminSession.login(AdminConsole.on(TestDatabase.HSQLDB), "admin", "admin");
        }
        return admin;
    }

    @Property(seed = "20261126")
    void screensAndExportsAnswerBadParametersWithoutAServerError(@ForAll("paths") String path,
            @ForAll("queries") Map<String, String> query) throws Exception {
        StringBuilder url = new StringBuilder(path.endsWith("/") ? path + encode(query.getOrDefault("x", "1")) : path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        HttpResponse<String> response = admin().get(url.toString());

        assertThat(response.statusCode()).as("GET %s", url).isLessThan(500);
        assertNoStackTrace(response);
    }

    @Property(seed = "20261127")
    void hostileImportsAreRefusedOrReportedWithoutAServerError(@ForAll("files") HostileCsv file,
            @ForAll boolean skipBadRows, @ForAll("kinds") String kind) throws Exception {
        HttpResponse<String> response = admin().postFile("/loyalty-data", "/loyalty-data/import", kind, skipBadRows, file.bytes());

        assertThat(response.statusCode()).as("%s", file).isIn(200, 413, 422);
        assertNoStackTrace(response);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#lk-import-report, #lk-outcome").text()).as("%s", file).isNotBlank();
    }

    @Test
    void anUploadOverTheAdminsSizeLimitIsRefusedWithAPlainPage() throws Exception {
        byte[] file = new byte[11_000_000]; // Broadleaf's limit: asset.server.max.uploadable.file.size, 10 MB
        Arrays.fill(file, (byte) '\n');

        HttpResponse<String> response = admin().postFile("/loyalty-data", "/loyalty-data/import", "orders", false, file);

        assertThat(response.statusCode()).isEqualTo(413);
        assertNoStackTrace(response);
        assertThat(Jsoup.parse(response.body()).select("#lk-import-report").text())
                .isEqualTo("The file is larger than the 10,000,000 bytes the admin accepts: nothing was imported. "
                        + "Split it, or import it through the Java API (no size limit).");
    }

    @Property(seed = "20261128")
    void settingsWithABadValueAreRefusedFieldByFieldAndNothingIsSaved(@ForAll("badDays") String capDays,
            @ForAll("values") String zone, @ForAll("values") String sampling, @ForAll("values") String wave,
            @ForAll("values") String lifetime, @ForAll("values") String commentLength, @ForAll("values") String reminder)
            throws Exception {
        String before = settingsShown();
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("timeZone", zone);
        fields.put("sources", "ADMIN");
        fields.put("capDays", capDays);
        fields.put("samplingPercent", sampling);
        fields.put("waveIntervalDays", wave);
        fields.put("tokenLifetimeDays", lifetime);
        fields.put("commentMaxLength", commentLength);
        fields.put("reminderDays", reminder);

        HttpResponse<String> response = admin().post("/loyalty-settings", "/loyalty-settings", fields);

        assertThat(response.statusCode()).isEqualTo(422);
        assertNoStackTrace(response);
        assertThat(Jsoup.parse(response.body()).select(".lk-error").eachText()).isNotEmpty().allMatch(text -> !text.isBlank());
        assertThat(settingsShown()).as("nothing saved").isEqualTo(before);
    }

    @Property(seed = "20261129")
    void memberActionsOnIdsThatAreNotIdsAnswerWithAMessage(@ForAll("notIds") String id, @ForAll("actions") String action)
            throws Exception {
        String path = "/loyalty-members/" + encode(id) + action;
        HttpResponse<String> response = action.isEmpty() ? admin().get(path)
                : admin().post("/loyalty-data", path, new LinkedHashMap<String, String>()); // a page with a form

        assertThat(response.statusCode()).as("%s", path).isLessThan(500);
        assertNoStackTrace(response);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(PATHS);
    }

    @Provide
    Arbitrary<Map<String, String>> queries() {
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(PARAMETERS), Arbitraries.strings().ofMaxLength(20)), values())
                .ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("LAST_12_MONTHS", "DAY", "WEEK", "YEAR", "MEMBER", "EUR", "XXX", "2026-02-30", "9999-12-31",
                        "-1", "0", "2147483648", "1e309", "NaN", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd"),
                Arbitraries.strings().withChars('9').ofLength(5000));
    }

    @Provide
    Arbitrary<HostileCsv> files() {
        return HostileCsv.orders();
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of("orders", "memberships", "", "ORDERS", "customers", "<b>x</b>");
    }

    /** A cap in days that is never valid (a whole number from 0 to 365 is). */
    @Provide
    Arbitrary<String> badDays() {
        return Arbitraries.oneOf(Arbitraries.integers().between(366, Integer.MAX_VALUE).map(String::valueOf),
                Arbitraries.integers().lessOrEqual(-1).map(String::valueOf), Arbitraries.strings().alpha().ofMinLength(1),
                Arbitraries.of("", "1.5", "1e3", "٣"));
    }

    @Provide
    Arbitrary<String> notIds() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60).filter(s -> !s.matches("\\d+")),
                Arbitraries.of("-1", "99999999999999999999", "0x10", "%00", "..", "<script>"));
    }

    @Provide
    Arbitrary<String> actions() {
        return Arbitraries.of("", "/enrol", "/remove");
    }

    private static String settingsShown() throws Exception {
        Document page = admin().page("/loyalty-settings");
        return page.select("input[name]:not([name=csrfToken]), select[name]").eachAttr("value") + " "
                + page.select("input[checked]").eachAttr("id") + " " + page.select("option[selected]").eachAttr("value");
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
