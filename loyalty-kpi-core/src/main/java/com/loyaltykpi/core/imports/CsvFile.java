package com.loyaltykpi.core.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an import file: strict UTF-8 (a byte that is not UTF-8 refuses the file), an exact header, and records
 * with the line they start on, streamed (a line longer than {@link LineLengthLimit#MAX_CHARS} characters refuses the
 * file, so that memory stays bounded whatever the file). Anything unreadable becomes a clear refusal, never a
 * stack trace.
 */
final class CsvFile {

    /** One record and the line it starts on (the header is line 1). */
    static final class Row {
        final long line;
        final CSVRecord record;

        Row(long line, CSVRecord record) {
            this.line = line;
            this.record = record;
        }

        String get(int column) {
            return record.get(column).trim();
        }

        /** Null when the row has as many fields as the header, else why not. */
        String fieldCountProblem(int expected) {
            return record.size() == expected ? null
                    : "has " + record.size() + " fields, the header has " + expected;
        }
    }

    /** A file that cannot be read at all. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private CsvFile() {
    }

    /** What is done with each record of a file, in order. */
    interface RowHandler {
        void row(Row row);
    }

    /** All records of a file held in memory: for files that are small by nature (memberships). */
    static List<Row> read(InputStream in, List<String> header) throws Unreadable {
        final List<Row> rows = new ArrayList<Row>();
        each(in, header, new RowHandler() {
            @Override
            public void row(Row row) {
                rows.add(row);
            }
        });
        return rows;
    }

    /**
     * Copies an upload to a temporary file, so that it can be read twice (checked whole, then written) without
     * holding it in memory. The caller deletes the file.
     */
    static Path copy(InputStream in) throws Unreadable {
        Path file = null;
        try {
            file = Files.createTempFile("loyalty-import-", ".csv");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            delete(file);
            throw new Unreadable("the file could not be received: " + e.getMessage());
        }
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Streams the records of a file to the handler, one at a time; returns how many there were. */
    static long each(Path file, List<String> header, RowHandler handler) throws Unreadable {
        try (InputStream in = Files.newInputStream(file)) {
            return each(in, header, handler);
        } catch (IOException e) {
            throw new Unreadable("the file could not be read: " + e.getMessage());
        }
    }

    private static long each(InputStream in, List<String> header, RowHandler handler) throws Unreadable {
        Reader reader = new LineLengthLimit(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        long rows = 0;
        try (CSVParser parser = new CSVParser(reader, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build())) {
            boolean first = true;
            for (CSVRecord record : parser) {
                if (first) {
                    checkHeader(record, header);
                    first = false;
                    continue;
                }
                handler.row(new Row(record.getRecordNumber(), record));
                rows++;
            }
            if (first) {
                throw new Unreadable("the file is empty; expected the header " + String.join(",", header));
            }
        } catch (LineLengthLimit.TooLong e) {
            throw new Unreadable(e.getMessage());
        } catch (CharacterCodingException e) {
            throw new Unreadable("the file is not UTF-8 text");
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            if (cause instanceof LineLengthLimit.TooLong) {
                throw new Unreadable(cause.getMessage());
            }
            if (cause instanceof CharacterCodingException) {
                throw new Unreadable("the file is not UTF-8 text");
            }
            throw new Unreadable("the file is not valid CSV: " + cause.getMessage());
        }
        return rows;
    }

    private static void checkHeader(CSVRecord record, List<String> header) throws Unreadable {
        List<String> found = new ArrayList<String>();
        for (String name : record) {
            found.add(name.trim().replace("\uFEFF", ""));
        }
        if (!found.equals(header)) {
            throw new Unreadable("the header must be " + String.join(",", header) + " but is " + Fields.shorten(String.join(",", found)));
        }
    }

    static List<String> header(String... names) {
        return Arrays.asList(names);
    }
}
