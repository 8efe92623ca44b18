package com.loyaltykpi.server.survey;

import com.loyaltykpi.core.support.Chunks;
import com.loyaltykpi.core.support.DuplicateKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Customers' e-mail addresses for the survey e-mails (LK_CONTACT), as the shop sends them: one per customer, the
 * last sent wins; removed on request or when the customer is erased.
 */
public class Contacts {

    /** A customer's address and the language of their e-mails (null: the configured one). */
    public record Contact(String customerId, String email, String language) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate newTransaction;

    public Contacts(JdbcTemplate jdbc, TransactionTemplate newTransaction) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.newTransaction = newTransaction;
    }

    /** Saves the customer's contact (replacing the one before), idempotently. */
    public void put(Contact contact, Instant now) {
        try {
            write(contact, now);
        } catch (RuntimeException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            write(contact, now); // inserted meanwhile by another request: now an update
        }
    }

    private void write(Contact contact, Instant now) {
        newTransaction.executeWithoutResult(status -> {
            int updated = jdbc.update("UPDATE LK_CONTACT SET EMAIL = ?, LANGUAGE = ?, UPDATED_AT = ? WHERE CUSTOMER_ID = ?",
                    contact.email(), contact.language(), now.toEpochMilli(), contact.customerId());
            if (updated == 0) {
                jdbc.update("INSERT INTO LK_CONTACT (CUSTOMER_ID, EMAIL, LANGUAGE, UPDATED_AT) VALUES (?, ?, ?, ?)",
                        contact.customerId(), contact.email(), contact.language(), now.toEpochMilli());
            }
        });
    }

    /** Removes the customer's contact; whether there was one. */
    public boolean remove(String customerId) {
        return jdbc.update("DELETE FROM LK_CONTACT WHERE CUSTOMER_ID = ?", customerId) > 0;
    }

    /** The customer's contact, or null. */
    public Contact of(String customerId) {
        List<Contact> found = jdbc.query("SELECT CUSTOMER_ID, EMAIL, LANGUAGE FROM LK_CONTACT WHERE CUSTOMER_ID = ?",
                (rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)), customerId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Those of these customers who have an address. */
    public Set<String> withAddress(Collection<String> customerIds) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : Chunks.of(customerIds)) {
            found.addAll(named.queryForList("SELECT CUSTOMER_ID FROM LK_CONTACT WHERE CUSTOMER_ID IN (:ids)",
                    new MapSqlParameterSource("ids", chunk), String.class));
        }
        return found;
    }
}
