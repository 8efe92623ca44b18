package com.loyaltykpi.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operator's (or a shopper's) browser session over real HTTP: cookies kept, redirects not followed, forms posted with
 * their token.
 */
public final class OperatorSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String language;

    public OperatorSession(int port, String language) {
        this.base = "http://127.0.0.1:" + port;
        this.language = language;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language).GET());
    }

    /** POSTs a form with the CSRF token of the page it is on (null: without a token). */
    public HttpResponse<String> post(String path, String token, String... fields) {
        StringBuilder form = new StringBuilder(token == null ? "" : "_csrf=" + encode(token));
        for (int i = 0; i < fields.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** POSTs a file as a browser's upload form does (multipart), with the page's CSRF token and these fields. */
    HttpResponse<String> upload(String path, String token, String fileName, String content, String... fields) {
        String boundary = "lk" + Long.toHexString(System.nanoTime());
        StringBuilder body = new StringBuilder();
        if (token != null) {
            part(body, boundary, "_csrf", token);
        }
        for (int i = 0; i < fields.length; i += 2) {
            part(body, boundary, fields[i], fields[i + 1]);
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n--")
                .append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static void part(StringBuilder body, String boundary, String name, String value) {
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"\r\n\r\n").append(value).append("\r\n");
    }

    /** The CSRF token of a page's forms. */
    public static String token(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token in " + page.body());
        }
        return m.group(1);
    }

    /** Signs in; true when the sign-in page sent the browser on (to the page asked for, or home), not back. */
    public boolean signIn(String name, String password) {
        HttpResponse<String> signedIn = post("/login", token(get("/login")), "username", name, "password", password);
        String next = signedIn.headers().firstValue("Location").orElse("/login");
        return !next.contains("/login");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
