package com.loyaltykpi.server.ingest;

import com.loyaltykpi.core.imports.Fields;
import com.loyaltykpi.core.privacy.ErasureStore;
import com.loyaltykpi.server.survey.Contacts;

import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Saves customers' e-mail addresses for the survey e-mails, in the order sent; the batch is checked whole first. An
 * erased customer's address is not kept (the answer says ERASED).
 */
@Service
public class ContactFeed {

    /** An address: something, an at sign, a domain with a dot; no spaces. The mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int EMAIL_MAX = 254;
    private static final Pattern LANGUAGE = Pattern.compile("en|it|de");

    private final Contacts contacts;
    private final ErasureStore erasures;
    private final Clock clock;

    public ContactFeed(Contacts contacts, ErasureStore erasures, Clock clock) {
        this.contacts = contacts;
        this.erasures = erasures;
        this.clock = clock;
    }

    /** What each contact did (SAVED, REMOVED, NONE, ERASED), in the order sent; or the problems of a refused batch. */
    public record Result(boolean refused, List<String> outcomes, List<FieldProblem> problems) {
    }

    public Result apply(List<ContactIn> batch) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Contacts.Contact> valid = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Contacts.Contact contact = read(batch.get(i), "contacts[" + i + "]", problems);
            if (contact != null) {
                valid.add(contact);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(true, List.of(), problems);
        }
        List<String> outcomes = new ArrayList<>();
        for (Contacts.Contact contact : valid) {
            outcomes.add(apply(contact));
        }
        return new Result(false, outcomes, List.of());
    }

    private String apply(Contacts.Contact contact) {
        if (erasures.customerErased(contact.customerId())) {
            contacts.remove(contact.customerId());
            return "ERASED";
        }
        if (contact.email() == null) {
            return contacts.remove(contact.customerId()) ? "REMOVED" : "NONE";
        }
        contacts.put(contact, clock.instant());
        return "SAVED";
    }

    private static Contacts.Contact read(ContactIn in, String path, List<FieldProblem> problems) {
        if (in == null) {
            problems.add(new FieldProblem(path, "the contact is missing"));
            return null;
        }
        int before = problems.size();
        String customerId = null;
        try {
            customerId = Fields.id(in.customerId() == null ? "" : in.customerId(), "customerId", true);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(path + ".customerId", e.getMessage()));
        }
        String email = in.email() == null || in.email().isBlank() ? null : in.email().trim();
        if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem(path + ".email", "not an e-mail address (name@domain, at most " + EMAIL_MAX
                    + " characters)"));
        }
        if (in.language() != null && !LANGUAGE.matcher(in.language()).matches()) {
            problems.add(new FieldProblem(path + ".language", "en, it or de"));
        }
        return problems.size() == before ? new Contacts.Contact(customerId, email, in.language()) : null;
    }
}
