package com.loyaltykpi.it.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * An orders.csv file as an operator might upload it by mistake, or an attacker on purpose: a valid file of a few
 * rows with one to three kinds of damage (wrong header, bad dates, huge fields, wrong encodings, duplicate ids,
 * ...) at places chosen by its seed. jqwik generates them; {@link #toString()} names the damage for reports.
 */
public final class HostileCsv {

    public static final String HEADER = "order_id,customer_id,submitted_at,currency,revenue,cost,status";

    /** What can be wrong with a file. */
    public enum Damage {
        WRONG_HEADER, NO_HEADER, BAD_DATE, HUGE_FIELD, LATIN_1, INVALID_UTF_8, DUPLICATE_ID, MISSING_FIELDS,
        EXTRA_FIELDS, NEGATIVE_REVENUE, TOO_MANY_DECIMALS, UNKNOWN_CURRENCY, BAD_STATUS, UNBALANCED_QUOTE,
        EMPTY, BINARY, BYTE_ORDER_MARK, CRLF, BLANK_LINES, MARKUP
    }

    private static final EnumSet<Damage> STRUCTURAL = EnumSet.of(Damage.DUPLICATE_ID, Damage.MISSING_FIELDS, Damage.EXTRA_FIELDS);

    private final int rows;
    private final List<Damage> damage;
    private final long seed;

    private HostileCsv(int rows, List<Damage> damage, long seed) {
        this.rows = rows;
        this.damage = damage;
        this.seed = seed;
    }

    /** Files of 1 to 30 rows with one to three kinds of damage. */
    public static Arbitrary<HostileCsv> orders() {
        return Combinators.combine(Arbitraries.integers().between(1, 30),
                Arbitraries.of(Damage.class).list().ofMinSize(1).ofMaxSize(3), Arbitraries.longs())
                .as(HostileCsv::new);
    }

    /** The order ids the undamaged rows carry: unique to this file. */
    public String idPrefix() {
        return "hostile-" + Long.toHexString(seed) + "-";
    }

    public byte[] bytes() {
        Random random = new Random(seed);
        if (damage.contains(Damage.BINARY)) {
            byte[] noise = new byte[1 + random.nextInt(4096)];
            random.nextBytes(noise);
            return noise;
        }
        if (damage.contains(Damage.EMPTY)) {
            return new byte[0];
        }
        List<String[]> lines = new ArrayList<String[]>();
        for (int i = 0; i < rows; i++) {
            lines.add(new String[] {idPrefix() + i, i % 3 == 0 ? "" : String.valueOf(1000 + i),
                    "2025-0" + (1 + i % 9) + "-1" + (i % 10) + "T10:15:30+01:00", i % 2 == 0 ? "USD" : "EUR",
                    (5 + i) + ".25", i % 4 == 0 ? "" : "2.00", i % 7 == 0 ? "CANCELLED" : "SUBMITTED"});
        }
        for (Damage each : damage) { // damage to fields first, then to whole lines
            if (!STRUCTURAL.contains(each)) {
                damage(each, lines.get(random.nextInt(lines.size())), random);
            }
        }
        for (Damage each : damage) {
            if (STRUCTURAL.contains(each)) {
                damageLine(each, random.nextInt(lines.size()), lines, random);
            }
        }
        String header = damage.contains(Damage.WRONG_HEADER) ? "order,customer,date,currency,amount,cost,state" : HEADER;
        String newline = damage.contains(Damage.CRLF) ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder(damage.contains(Damage.BYTE_ORDER_MARK) ? "\uFEFF" : "");
        if (!damage.contains(Damage.NO_HEADER)) {
            text.append(header).append(newline);
        }
        for (String[] line : lines) {
            text.append(String.join(",", line)).append(newline);
            if (damage.contains(Damage.BLANK_LINES) && random.nextBoolean()) {
                text.append(newline);
            }
        }
        return encode(text.toString(), random);
    }

    private static void damageLine(Damage kind, int index, List<String[]> lines, Random random) {
        String[] row = lines.get(index);
        if (kind == Damage.DUPLICATE_ID) {
            lines.add(row.clone());
        } else if (kind == Damage.MISSING_FIELDS) {
            lines.set(index, Arrays.copyOf(row, Math.min(row.length - 1, 1 + random.nextInt(6))));
        } else {
            lines.set(index, Arrays.copyOf(row, row.length + 1 + random.nextInt(3)));
        }
    }

    private static void damage(Damage kind, String[] row, Random random) {
        switch (kind) {
            case BAD_DATE:
                row[2] = new String[] {"2025-13-45T99:00:00Z", "yesterday", "2025-03-01", "1700000000", ""}[random.nextInt(5)];
                break;
            case HUGE_FIELD:
                char[] huge = new char[200_000];
                Arrays.fill(huge, 'x');
                row[random.nextInt(row.length)] = new String(huge);
                break;
            case LATIN_1:
            case INVALID_UTF_8:
                row[1] = "Müller-Ørsted";
                break;
            case NEGATIVE_REVENUE:
                row[4] = "-" + row[4];
                break;
            case TOO_MANY_DECIMALS:
                row[4] = row[4] + "123";
                break;
            case UNKNOWN_CURRENCY:
                row[3] = new String[] {"XXX1", "usd", "€", "DOLLARS"}[random.nextInt(4)];
                break;
            case BAD_STATUS:
                row[6] = new String[] {"submitted", "SHIPPED", "", "CANCELLED;DROP TABLE LK_ORDER_FACT"}[random.nextInt(4)];
                break;
            case UNBALANCED_QUOTE:
                row[0] = "\"" + row[0];
                break;
            case MARKUP:
                row[0] = "<script>alert('x')</script>" + row[0];
                break;
            default:
                break; // damage of the whole file, applied when it is written
        }
    }

    private byte[] encode(String text, Random random) {
        if (damage.contains(Damage.LATIN_1)) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (!damage.contains(Damage.INVALID_UTF_8)) {
            return utf8;
        }
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        int at = HEADER.length() + 1 + random.nextInt(Math.max(1, utf8.length - HEADER.length() - 1));
        broken.write(utf8, 0, Math.min(at, utf8.length));
        broken.write(0xC3);
        broken.write(0x28); // not a continuation byte
        broken.write(utf8, Math.min(at, utf8.length), utf8.length - Math.min(at, utf8.length));
        return broken.toByteArray();
    }

    @Override
    public String toString() {
        return rows + " rows, " + damage + ", seed " + seed;
    }
}
