package com.loyaltykpi.admin.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.loyaltykpi.it.Browser;

/** An admin user's browser session over real HTTP: logs in through Broadleaf's form, posts forms with their CSRF token. */
final class AdminSession {

    private final AdminConsole console;
    private final Browser browser;

    private AdminSession(AdminConsole console, String language) {
        this.console = console;
        this.browser = new Browser(language);
    }

    static AdminSession anonymous(AdminConsole console) {
        return new AdminSession(console, "en");
    }

    /** Logs in; fails the test when the login is refused. */
    static AdminSession login(AdminConsole console, String user, String password) throws Exception {
        AdminSession session = new AdminSession(console, "en");
        Document form = Jsoup.parse(session.get("/login").body());
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("j_username", user);
        fields.put("j_password", password);
        Element csrf = form.selectFirst("input[name=csrfToken]");
        if (csrf != null) {
            fields.put("csrfToken", csrf.val());
        }
        HttpResponse<String> answer = session.browser.post(console.url("/login_admin_post"), fields);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("login_error")) {
            throw new AssertionError("login of " + user + " refused: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.get(console.url(path));
    }

    Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + "\n" + response.body());
        }
        return Jsoup.parse(response.body(), console.url(path));
    }

    /** Posts the fields with the CSRF token of the form found on the page at {@code formPage}. */
    HttpResponse<String> post(String formPage, String action, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> withToken = new LinkedHashMap<String, String>(fields);
        withToken.put("csrfToken", page(formPage).selectFirst("input[name=csrfToken]").val());
        return browser.post(console.url(action), withToken);
    }

    /**
     * Posts a CSV file as the import form does (multipart, the CSRF token in the address, as the form carries it):
     * a file part, the kind and the skip box.
     */
    HttpResponse<String> postFile(String formPage, String action, String kind, boolean skipBadRows, String csv)
            throws IOException, InterruptedException {
        return postFile(formPage, action, kind, skipBadRows, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #postFile(String, String, String, boolean, String)} with the file's bytes as they are. */
    HttpResponse<String> postFile(String formPage, String action, String kind, boolean skipBadRows, byte[] csv)
            throws IOException, InterruptedException {
        return multipart(action, page(formPage).selectFirst("input[name=csrfToken]").val(), kind, skipBadRows, csv);
    }

    /** The import form's post of a file, forged: without the CSRF token. */
    HttpResponse<String> postFileWithoutToken(String action, String kind, byte[] csv) throws IOException, InterruptedException {
        return multipart(action, null, kind, false, csv);
    }

    private HttpResponse<String> multipart(String action, String token, String kind, boolean skipBadRows, byte[] csv)
            throws IOException, InterruptedException {
        String boundary = "lk" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "kind", null, kind.getBytes(StandardCharsets.UTF_8));
        if (skipBadRows) {
            part(body, boundary, "skipBadRows", null, "true".getBytes(StandardCharsets.UTF_8));
        }
        part(body, boundary, "file", "orders.csv", csv);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String query = token == null ? "" : "?csrfToken=" + java.net.URLEncoder.encode(token, "UTF-8");
        return browser.postRaw(console.url(action + query),
                "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String filename, byte[] value)
            throws IOException {
        StringBuilder head = new StringBuilder();
        head.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"").append(name).append('"');
        if (filename != null) {
            head.append("; filename=\"").append(filename).append("\"\r\nContent-Type: text/csv");
        }
        head.append("\r\n\r\n");
        body.write(head.toString().getBytes(StandardCharsets.UTF_8));
        body.write(value);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postWithoutToken(String action, Map<String, String> fields) throws IOException, InterruptedException {
        return browser.post(console.url(action), fields);
    }
}
