package com.loyaltykpi.core.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/** Refuses, while reading, a line longer than {@value #MAX_CHARS} characters: an import row is far shorter. */
final class LineLengthLimit extends FilterReader {

    static final int MAX_CHARS = 100_000;

    /** A line longer than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(long line) {
            super(String.format(Locale.ROOT, "line %d is longer than %,d characters; an import line is far shorter", line,
                    MAX_CHARS));
        }
    }

    private long line = 1;
    private int length;

    LineLengthLimit(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    private void count(char c) throws TooLong {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > MAX_CHARS) {
            throw new TooLong(line);
        }
    }
}
