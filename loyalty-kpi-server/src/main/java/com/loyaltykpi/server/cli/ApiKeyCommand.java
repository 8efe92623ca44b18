package com.loyaltykpi.server.cli;

import com.loyaltykpi.server.apikey.ApiKey;
import com.loyaltykpi.server.apikey.ApiKeys;

import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** {@code api-key create <source> [label] | list | revoke <id>}: the keys sources feed the server with. */
@Component
class ApiKeyCommand {

    private final ApiKeys keys;

    ApiKeyCommand(ApiKeys keys) {
        this.keys = keys;
    }

    int run(List<String> words, PrintStream out) {
        String action = words.isEmpty() ? "" : words.get(0);
        try {
            switch (action) {
                case "create" -> {
                    if (words.size() < 2) {
                        break;
                    }
                    ApiKeys.Issued issued = keys.issue(words.get(1), String.join(" ", words.subList(2, words.size())));
                    out.println("key " + issued.key().id() + " for source " + issued.key().source()
                            + " (shown only now; keep it secret):");
                    out.println(issued.secret());
                    return 0;
                }
                case "list" -> {
                    out.println("id\tsource\tlabel\tprefix\tcreated\trevoked");
                    for (ApiKey key : keys.all()) {
                        out.println(key.id() + "\t" + key.source() + "\t" + key.label() + "\t" + key.prefix() + "...\t"
                                + key.createdAt() + "\t" + (key.revokedAt() == null ? "" : key.revokedAt()));
                    }
                    return 0;
                }
                case "revoke" -> {
                    if (words.size() != 2) {
                        break;
                    }
                    boolean revoked = keys.revoke(Long.parseLong(words.get(1)));
                    out.println(revoked ? "key " + words.get(1) + " revoked" : "no active key " + words.get(1));
                    return revoked ? 0 : 1;
                }
                default -> {
                    // usage below
                }
            }
        } catch (ApiKeys.Refused refused) {
            out.println(ResourceBundle.getBundle("messages.server", Locale.ROOT).getString(refused.code()));
            return 1;
        } catch (NumberFormatException notAnId) {
            out.println("the key's id is a number: api-key list shows them");
            return 1;
        }
        out.println(Commands.USAGE);
        return 2;
    }
}
