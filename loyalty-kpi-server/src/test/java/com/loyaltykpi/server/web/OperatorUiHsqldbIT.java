package com.loyaltykpi.server.web;

import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.it.ServerClient;
import com.loyaltykpi.server.it.ServerDatabases;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' web UI over real HTTP: sign-in with hashed passwords, roles, CSRF on every form, the API keys page
 * (a key created, used, revoked), escaping, three languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "loyalty.scheduling=false")
class OperatorUiHsqldbIT {

    static final String PASSWORD = "correct horse battery";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServerDatabases.use(TestDatabase.HSQLDB, registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    Operators operators;

    void operatorsExist() {
        try {
            operators.create("admin", "ADMINISTRATOR", PASSWORD);
            operators.create("viewer", "viewer", PASSWORD);
        } catch (IllegalArgumentException exists) {
            // created by an earlier test of this class
        }
    }

    @Test
    void anAdministratorCreatesUsesAndRevokesAKey() {
        operatorsExist();
        OperatorSession admin = new OperatorSession(port, "en");
        assertThat(admin.get("/keys").headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(admin.signIn("admin", "wrong password!")).isFalse();
        assertThat(admin.signIn("admin", PASSWORD)).isTrue();
        assertThat(admin.get("/").body()).contains("Signed in as admin");

        HttpResponse<String> keysPage = admin.get("/keys");
        assertThat(keysPage.body()).contains("No keys yet.");
        admin.post("/keys", OperatorSession.token(keysPage), "source", "till", "label", "<script>alert(1)</script>");
        HttpResponse<String> issued = admin.get("/keys");
        Matcher secret = Pattern.compile("id=\"new-key\">(lk_[^<]+)<").matcher(issued.body());
        assertThat(secret.find()).as(issued.body()).isTrue();
        assertThat(issued.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(admin.get("/keys").body()).as("shown once").doesNotContain(secret.group(1));

        ServerClient till = new ServerClient(port, secret.group(1));
        String order = "{\"orders\":[{\"orderId\":\"U1\",\"submittedAt\":\"2026-05-01T10:00:00Z\",\"currency\":\"EUR\","
                + "\"items\":[{\"revenue\":5}]}]}";
        assertThat(till.post("/api/v1/orders", order).status()).isEqualTo(200);

        Matcher id = Pattern.compile("/keys/(\\d+)/revoke").matcher(admin.get("/keys").body());
        assertThat(id.find()).isTrue();
        assertThat(admin.post("/keys/" + id.group(1) + "/revoke", null).statusCode()).as("no CSRF token").isEqualTo(403);
        admin.post("/keys/" + id.group(1) + "/revoke", OperatorSession.token(admin.get("/keys")));
        assertThat(admin.get("/keys").body()).contains("is revoked");
        assertThat(till.post("/api/v1/orders", order).status()).isEqualTo(401);

        HttpResponse<String> refused = admin.post("/keys", OperatorSession.token(admin.get("/keys")), "source", "Not Ok");
        assertThat(admin.get("/keys").body()).contains("lower-case letters");
        assertThat(refused.statusCode()).isEqualTo(302);
    }

    @Test
    void aViewerDoesNotManageKeys() {
        operatorsExist();
        OperatorSession viewer = new OperatorSession(port, "en");
        assertThat(viewer.signIn("viewer", PASSWORD)).isTrue();
        assertThat(viewer.get("/").body()).doesNotContain("API keys");
        assertThat(viewer.get("/keys").statusCode()).isEqualTo(403);
    }

    @Test
    void thePagesSpeakItalianAndGerman() {
        operatorsExist();
        assertThat(new OperatorSession(port, "it").get("/login").body()).contains("Accedi", "lang=\"it\"");
        OperatorSession german = new OperatorSession(port, "de");
        assertThat(german.get("/login").body()).contains("Anmelden");
        assertThat(german.signIn("admin", PASSWORD)).isTrue();
        assertThat(german.get("/keys").body()).contains("API-Schlüssel", "Schlüssel erstellen");
        assertThat(german.get("/keys?lang=it").body()).as("chosen for the session").contains("Crea una chiave");
    }

    @Test
    void operatorsNeedLongPasswordsAndKnownRoles() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> operators.create("short", "VIEWER", "too short"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> operators.create("chief", "OWNER", PASSWORD));
    }
}
