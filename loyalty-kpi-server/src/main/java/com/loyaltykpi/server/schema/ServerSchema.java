package com.loyaltykpi.server.schema;

import com.loyaltykpi.core.schema.SchemaGuard;
import com.loyaltykpi.core.support.SqlDialect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Creates the tables at startup where they are missing: the core's (as the Broadleaf module ships them for each
 * database) and the server's own, then lets the core's {@link SchemaGuard} check keys and indexes and add the
 * columns of newer versions. Statements for a table that existed before are left out, so a start on an existing
 * database changes nothing and an upgrade adds only the new tables.
 */
public final class ServerSchema {

    private static final Logger LOG = LoggerFactory.getLogger(ServerSchema.class);
    private static final Pattern TABLE = Pattern.compile(
            "^CREATE\\s+(?:TABLE\\s+(\\w+)|(?:UNIQUE\\s+)?INDEX\\s+\\w+\\s+ON\\s+(\\w+))", Pattern.CASE_INSENSITIVE);

    private final DataSource dataSource;

    public ServerSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void install() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String dialect = SqlDialect.of(jdbc).name().toLowerCase(Locale.ROOT);
        Set<String> existing = tables();
        int created = run("config/loyalty-kpi/sql/" + dialect + "/create-tables.sql", existing, jdbc)
                + run("config/loyalty-kpi-server/sql/" + dialect + "/create-tables.sql", existing, jdbc);
        if (created > 0) {
            LOG.info("Loyalty: created {} tables on {}", created, dialect);
        }
        new SchemaGuard(dataSource).ensure();
    }

    /** Runs a script's statements for tables not in {@code existing}; returns how many tables it created. */
    private static int run(String script, Set<String> existing, JdbcTemplate jdbc) {
        int created = 0;
        for (String statement : statements(script)) {
            Matcher m = TABLE.matcher(statement.trim());
            String table = !m.find() ? null : (m.group(1) != null ? m.group(1) : m.group(2));
            if (table != null && existing.contains(table.toUpperCase(Locale.ROOT))) {
                continue;
            }
            jdbc.execute(statement);
            if (table != null && m.group(1) != null) {
                created++;
            }
        }
        return created;
    }

    private static List<String> statements(String script) {
        try {
            String sql = new EncodedResource(new ClassPathResource(script), StandardCharsets.UTF_8).getContentAsString();
            String withoutComments = sql.lines().filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            List<String> statements = new ArrayList<>();
            for (String statement : withoutComments.split(";")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script, e);
        }
    }

    /** The module's tables (LK_) in the current schema, upper case. */
    private Set<String> tables() {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            Set<String> names = new HashSet<>();
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (name.startsWith("LK_")) {
                    names.add(name);
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's tables: " + e.getMessage(), e);
        }
    }
}
