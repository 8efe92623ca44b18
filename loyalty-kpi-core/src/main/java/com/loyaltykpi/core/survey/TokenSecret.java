package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.support.DuplicateKeys;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key survey link tokens are derived from (256 random bits, made once by the first node that needs it and
 * shared by all through LK_SETTING): the same invitation and channel always give the same token, so a page shown
 * again reuses its link instead of storing a new one.
 */
public class TokenSecret {

    static final String SETTING = "survey.tokenSecret";

    private final SettingsStore settings;
    private final TransactionTemplate newTransaction;
    private volatile byte[] secret;

    public TokenSecret(SettingsStore settings, TransactionTemplate newTransaction) {
        this.settings = settings;
        this.newTransaction = newTransaction;
    }

    byte[] bytes() {
        byte[] known = secret;
        if (known == null) {
            known = loadOrCreate();
            secret = known;
        }
        return known;
    }

    private byte[] loadOrCreate() {
        String stored = settings.get(SETTING);
        if (stored == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            final String encoded = Base64.getEncoder().encodeToString(fresh);
            try {
                newTransaction.execute(new TransactionCallbackWithoutResult() {
                    @Override
                    protected void doInTransactionWithoutResult(TransactionStatus status) {
                        if (settings.get(SETTING) == null) {
                            settings.put(SETTING, encoded);
                        }
                    }
                });
            } catch (RuntimeException e) {
                if (!DuplicateKeys.isDuplicateKey(e)) { // another node made it meanwhile: theirs is read below
                    throw e;
                }
            }
            stored = settings.get(SETTING);
        }
        return Base64.getDecoder().decode(stored);
    }
}
