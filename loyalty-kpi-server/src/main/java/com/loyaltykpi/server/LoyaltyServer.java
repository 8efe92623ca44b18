package com.loyaltykpi.server;

import com.loyaltykpi.server.cli.Commands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The loyalty KPI server: the platform-neutral core as a service of its own. Without arguments it serves the
 * ingestion API and the KPIs; with a command ({@code import orders.csv}, {@code api-key create shop}) it runs the
 * command against the same database and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LoyaltyServer {

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(LoyaltyServer.class, args);
    }
}
