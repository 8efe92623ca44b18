package com.loyaltykpi.server.cli;

import com.loyaltykpi.server.LoyaltyServer;
import com.loyaltykpi.server.ofbiz.OfbizSync;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The server's commands: {@code import <file.csv> [--skip-bad-rows]} and {@code api-key create|list|revoke}. Each
 * runs on the configured database without serving HTTP or running the scheduled jobs, then exits: 0 done, 1 refused,
 * 2 wrong usage.
 */
public final class Commands {

    static final String USAGE = String.join("\n",
            "usage: java -jar loyalty-kpi-server.jar [command] [--spring.datasource.url=...]",
            "  (no command)                          serve the API and the KPIs",
            "  import <orders.csv|memberships.csv>   import a file (its header says which) [--skip-bad-rows]",
            "  api-key create <source> [label]       issue a key for a source (shown once)",
            "  api-key list                          list the keys",
            "  api-key revoke <id>                   revoke a key",
            "  ofbiz-sync                            read new and changed orders from OFBiz once (loyalty.ofbiz.url)",
            "  operator create <name> <role>         an operator of the web UI (VIEWER, ANALYST, ADMINISTRATOR);",
            "                                        the password is asked for, or read from standard input");

    private static final List<String> COMMANDS = List.of("import", "api-key", "ofbiz-sync", "operator", "help");

    private Commands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        try {
            return runCommand(args);
        } catch (IOException e) {
            System.err.println("cannot read: " + e.getMessage());
            return 1;
        }
    }

    private static int runCommand(String[] args) throws IOException {
        if (args[0].equals("help")) {
            System.out.println(USAGE);
            return 0;
        }
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--spring.") && !a.startsWith("--loyalty."))
                .toList();
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(LoyaltyServer.class).web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .properties("loyalty.scheduling=false", "logging.level.org.springframework.boot.SpringApplication=off")
                    .run(args);
        } catch (RuntimeException e) {
            System.err.println(whyNotStarted(e));
            return 1;
        }
        try (context) {
            PrintStream out = System.out;
            return switch (words.get(0)) {
                case "import" -> context.getBean(ImportCommand.class).run(words.subList(1, words.size()), out);
                case "ofbiz-sync" -> ofbizSync(context, out);
                case "operator" -> context.getBean(OperatorCommand.class).run(words.subList(1, words.size()), out);
                default -> context.getBean(ApiKeyCommand.class).run(words.subList(1, words.size()), out);
            };
        }
    }

    private static int ofbizSync(ConfigurableApplicationContext context, PrintStream out) {
        OfbizSync sync = context.getBeanProvider(OfbizSync.class).getIfAvailable();
        if (sync == null) {
            out.println("the OFBiz connector is not configured: set loyalty.ofbiz.url (docs/OFBIZ.md)");
            return 1;
        }
        out.println(sync.run());
        return 0;
    }

    /** The root cause in a sentence; for the embedded database held by a running server, what to do. */
    static String whyNotStarted(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root.getClass().getName().endsWith("LockHeldExternallyException")) {
            return "The embedded database is open in a running server. Stop the server, run the command, start it "
                    + "again (on PostgreSQL or MariaDB commands run beside a serving instance).";
        }
        return "Cannot start: " + root.getMessage();
    }
}
