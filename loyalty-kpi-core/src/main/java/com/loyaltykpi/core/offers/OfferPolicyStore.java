package com.loyaltykpi.core.offers;

import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.settings.SettingsStore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The offer policy as stored: its rules in LK_OFFER_RULE, the share held out and the holdout's secret seed in
 * LK_SETTING. Shared by every node.
 */
public class OfferPolicyStore {

    static final String HOLDOUT_SHARE = "offers.holdoutShare";
    static final String SEED = "offers.seed";

    private final JdbcTemplate jdbc;
    private final SettingsStore settings;

    public OfferPolicyStore(JdbcTemplate jdbc, SettingsStore settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public OfferPolicy current() {
        List<OfferRule> rules = jdbc.query("SELECT GROUP_CODE, SEGMENT, AUDIENCE, CURRENCY, MIN_VALUE, MAX_VALUE "
                + "FROM LK_OFFER_RULE ORDER BY RULE_POSITION", new RowMapper<OfferRule>() {
                    @Override
                    public OfferRule mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return new OfferRule(rs.getString(1), BehaviourSegment.valueOf(rs.getString(2)),
                                Audience.valueOf(rs.getString(3)), rs.getString(4), rs.getBigDecimal(5),
                                rs.getBigDecimal(6));
                    }
                });
        String share = settings.get(HOLDOUT_SHARE);
        return new OfferPolicy(rules, share == null ? OfferPolicy.DEFAULT_HOLDOUT : Double.parseDouble(share));
    }

    /** Replaces the policy (in the caller's transaction). */
    public void save(OfferPolicy policy) {
        jdbc.update("DELETE FROM LK_OFFER_RULE");
        int position = 0;
        for (OfferRule rule : policy.rules()) {
            jdbc.update("INSERT INTO LK_OFFER_RULE (RULE_POSITION, GROUP_CODE, SEGMENT, AUDIENCE, CURRENCY, MIN_VALUE, "
                    + "MAX_VALUE) VALUES (?, ?, ?, ?, ?, ?, ?)", position++, rule.groupCode(), rule.segment().name(),
                    rule.audience().name(), rule.currency(), rule.minValue(), rule.maxValue());
        }
        settings.put(HOLDOUT_SHARE, BigDecimal.valueOf(policy.holdoutShare()).toPlainString());
    }

    /**
     * Sets the holdout's seed, for a demonstration shop whose draws should be the same at every first start (a real
     * shop's seed is made at random on first use, and nobody needs to know it).
     */
    public void seedWith(String seed) {
        settings.put(SEED, seed);
    }

    /** The holdout's secret seed, made on first use (call it under the offer groups' lock). */
    String seed() {
        String seed = settings.get(SEED);
        if (seed == null) {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            StringBuilder hex = new StringBuilder();
            for (byte b : bytes) {
                hex.append(String.format("%02x", b & 0xff));
            }
            seed = hex.toString();
            settings.put(SEED, seed);
        }
        return seed;
    }
}
