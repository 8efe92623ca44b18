package com.loyaltykpi.core.survey;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The key a client's requests are counted under: its IPv4 address, or the /64 network of its IPv6 address (one
 * subscriber gets a whole /64 and could otherwise change address for every request).
 */
final class ClientKeys {

    private ClientKeys() {
    }

    static String of(String address) {
        if (address == null || address.isEmpty()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
            return address; // IPv4 (or not an address at all: counted as it is)
        }
        try {
            InetAddress parsed = InetAddress.getByName(address); // a literal: no name is looked up
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // an IPv4-mapped address
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
            }
            return prefix.append(":/64").toString().toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
