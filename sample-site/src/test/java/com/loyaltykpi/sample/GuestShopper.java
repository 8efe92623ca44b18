package com.loyaltykpi.sample;

import com.loyaltykpi.it.Browser;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guest shopper in the sample storefront over real HTTP, as a browser: a purchase is five requests (product
 * page, add to cart, checkout, place the order with the test payment, confirmation page with the survey
 * prompt); answering the survey by its link is two more. Any unexpected answer is an exception naming it.
 */
final class GuestShopper {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final Pattern PRODUCT = Pattern.compile("href=\"/product/(\\d+)\"");
    private static final Pattern SURVEY_FORM = Pattern.compile("action=\"([^\"]*/loyalty/survey/[A-Za-z0-9_-]{43})\"");
    private static final Pattern RETURN = Pattern.compile("name=\"return\" value=\"([^\"]+)\"");

    private final String base;
    private final Browser browser = new Browser("en-US");
    private long confirmationNanos;

    GuestShopper(String base) {
        this.base = base;
    }

    /** The product ids of the storefront's home page. */
    static List<String> products(String base) throws IOException, InterruptedException {
        Matcher m = PRODUCT.matcher(new Browser("en-US").get(base + "/").body());
        List<String> ids = new ArrayList<String>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Buys one of the product and returns the confirmation page (with the survey, unless sampled out). */
    String buy(String productId, String email) throws IOException, InterruptedException {
        HttpResponse<String> product = expect(browser.get(base + "/product/" + productId), 200);
        Map<String, String> add = new LinkedHashMap<String, String>();
        add.put("csrfToken", token(product.body()));
        add.put("productId", productId);
        add.put("quantity", "1");
        expect(browser.post(base + "/cart/add", add), 302);
        HttpResponse<String> review = expect(browser.get(base + "/checkout"), 200);
        Map<String, String> place = new LinkedHashMap<String, String>();
        place.put("csrfToken", token(review.body()));
        place.put("email", email);
        HttpResponse<String> placed = expect(browser.post(base + "/checkout/place", place), 302);
        String confirmation = placed.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("no confirmation"));
        long shown = System.nanoTime();
        String page = expect(browser.get(confirmation.startsWith("http") ? confirmation : base + confirmation), 200).body();
        confirmationNanos = System.nanoTime() - shown;
        return page;
    }

    /** How long the last confirmation page took, request to last byte, in nanoseconds. */
    long confirmationNanos() {
        return confirmationNanos;
    }

    /**
     * Answers on the guest's confirmation page as a browser without JavaScript does: the click on a score (back to
     * the page, 303), the page again, the follow-up (back to the page, 303).
     */
    void answerSurvey(String confirmationPage, int satisfaction, int recommend) throws IOException, InterruptedException {
        Matcher form = SURVEY_FORM.matcher(confirmationPage);
        Matcher back = RETURN.matcher(confirmationPage);
        if (!form.find() || !back.find()) {
            throw new IllegalStateException("no survey on the guest's confirmation page");
        }
        String url = form.group(1).startsWith("http") ? form.group(1) : base + form.group(1);
        Map<String, String> rating = new LinkedHashMap<String, String>();
        rating.put("csrfToken", token(confirmationPage));
        rating.put("step", "rate");
        rating.put("return", back.group(1));
        rating.put("satisfaction", String.valueOf(satisfaction));
        expect(browser.post(url, rating), 303);
        Map<String, String> followUp = new LinkedHashMap<String, String>();
        followUp.put("csrfToken", token(expect(browser.get(base + back.group(1)), 200).body()));
        followUp.put("step", "more");
        followUp.put("return", back.group(1));
        followUp.put("recommend", String.valueOf(recommend));
        followUp.put("comment", "load test");
        expect(browser.post(url, followUp), 303);
    }

    /** Heap in use after a full collection, in MB. */
    static long heapInUseAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    /** The process's resident memory, as /proc says. */
    static String residentMemory() throws IOException {
        for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB";
            }
        }
        return "?";
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ", not " + status);
        }
        return response;
    }

    private static String token(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }
}
