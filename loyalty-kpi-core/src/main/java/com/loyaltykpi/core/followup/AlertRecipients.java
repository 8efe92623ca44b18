package com.loyaltykpi.core.followup;

import com.loyaltykpi.core.settings.SettingsStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The operators alerted about unhappy answers: the e-mail addresses saved in the admin's settings (LK_SETTING,
 * shared by every node), else those given at startup. None: follow-ups are opened and listed in the admin, and no
 * alert is sent.
 */
public class AlertRecipients {

    /** At most so many addresses. */
    public static final int MAX = 20;
    private static final String KEY = "followUp.alertRecipients";
    private static final int ADDRESS_MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>\"()]+@[^@\\s,;<>\"()]+\\.[^@\\s,;<>\"()]+");

    private final SettingsStore settings;
    private final String defaults;

    /** @param defaults the addresses given at startup, separated by commas (may be empty) */
    public AlertRecipients(SettingsStore settings, String defaults) {
        this.settings = settings;
        this.defaults = defaults == null ? "" : defaults;
    }

    public List<String> current() {
        String stored = settings.get(KEY);
        return split(stored == null ? defaults : stored);
    }

    /** Saves the addresses for every node (checked with {@link #firstInvalid}). */
    public void save(List<String> addresses) {
        settings.put(KEY, String.join(",", addresses));
    }

    /** The addresses in a text: separated by commas, semicolons or white space. */
    public static List<String> split(String text) {
        List<String> addresses = new ArrayList<String>();
        for (String part : text.trim().split("[\\s,;]+")) {
            if (!part.isEmpty()) {
                addresses.add(part);
            }
        }
        return Collections.unmodifiableList(addresses);
    }

    /** The first entry that is not an e-mail address, or null when all are. */
    public static String firstInvalid(List<String> addresses) {
        for (String address : addresses) {
            if (address.length() > ADDRESS_MAX_LENGTH || !ADDRESS.matcher(address).matches()) {
                return address;
            }
        }
        return null;
    }
}
