package com.loyaltykpi.server.cli;

import com.loyaltykpi.core.imports.ImportProgress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** An import's two passes as progress bars on the terminal: rows checked, then rows written of all rows. */
final class TerminalProgress implements ImportProgress, AutoCloseable {

    /** How often the bars are redrawn: five times a second, so that a large import visibly moves. */
    static final int UPDATE_MILLIS = 200;

    private ProgressBar checking;
    private ProgressBar writing;

    @Override
    public void checked(long rows) {
        if (checking == null) {
            checking = new ProgressBarBuilder().setTaskName("Checking").setInitialMax(-1).setUnit(" rows", 1)
                    .setUpdateIntervalMillis(UPDATE_MILLIS).showSpeed().build();
        }
        checking.stepTo(rows);
    }

    @Override
    public void written(long rows, long ofRows) {
        if (writing == null) {
            closeChecking();
            writing = new ProgressBarBuilder().setTaskName("Writing").setInitialMax(ofRows).setUnit(" rows", 1)
                    .setUpdateIntervalMillis(UPDATE_MILLIS).showSpeed().build();
        }
        writing.stepTo(rows);
    }

    private void closeChecking() {
        if (checking != null) {
            checking.close();
            checking = null;
        }
    }

    @Override
    public void close() {
        closeChecking();
        if (writing != null) {
            writing.close();
        }
    }
}
