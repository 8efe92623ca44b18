package com.loyaltykpi.core.imports;

/** Told how far an import of a large file is (a terminal's progress bar); called on the importing thread. */
public interface ImportProgress {

    /** Tells nothing. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void checked(long rows) {
            // nobody listens
        }

        @Override
        public void written(long rows, long ofRows) {
            // nobody listens
        }
    };

    /** The first pass (every row checked, nothing written yet) has read this many rows. */
    void checked(long rows);

    /** The second pass has handed this many of the file's rows to the writer (rows of a chunk are written at its end). */
    void written(long rows, long ofRows);
}
