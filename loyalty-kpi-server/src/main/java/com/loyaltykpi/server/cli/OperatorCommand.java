package com.loyaltykpi.server.cli;

import com.loyaltykpi.server.web.Operators;

import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code operator create <name> <VIEWER|ANALYST|ADMINISTRATOR>}: an operator of the web UI. The password is typed at
 * the prompt (not shown), or read from the first line of standard input, never from the command line (where other
 * users of the machine could see it).
 */
@Component
class OperatorCommand {

    private final Operators operators;

    OperatorCommand(Operators operators) {
        this.operators = operators;
    }

    int run(List<String> words, PrintStream out) throws IOException {
        if (words.size() != 3 || !words.get(0).equals("create")) {
            out.println(Commands.USAGE);
            return 2;
        }
        String password = password();
        try {
            operators.create(words.get(1), words.get(2), password);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 1;
        }
        out.println("operator " + words.get(1) + " created");
        return 0;
    }

    private static String password() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password (at least 12 characters): ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
