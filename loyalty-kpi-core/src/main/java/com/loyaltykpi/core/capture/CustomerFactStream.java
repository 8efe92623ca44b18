package com.loyaltykpi.core.capture;

import com.loyaltykpi.core.privacy.Pseudonyms;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Every submitted order of a registered customer, read once in the order of the facts' customer index (each
 * customer's orders together, oldest first), streamed in one transaction; customers erased on request (their orders
 * kept under a stand-in) are skipped. What the daily computations over all customers read.
 */
public final class CustomerFactStream {

    private static final int FETCH = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    public CustomerFactStream(JdbcTemplate jdbc, TransactionTemplate newTransaction) {
        this.jdbc = jdbc;
        this.newTransaction = newTransaction;
    }

    /** One fact: column 1 is the customer id, then the columns asked for. */
    public interface FactHandler {
        void fact(String customerId, ResultSet rs) throws SQLException;
    }

    /** Streams CUSTOMER_ID and these columns (comma-separated column names of LK_ORDER_FACT) to the handler. */
    public void read(String columns, final FactHandler handler) {
        final JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH);
        final String sql = "SELECT CUSTOMER_ID, " + columns + " FROM LK_ORDER_FACT WHERE CUSTOMER_ID IS NOT NULL "
                + "AND STATUS = ? ORDER BY CUSTOMER_ID, SUBMITTED_AT";
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                streaming.query(sql, new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        String customer = rs.getString(1);
                        if (!Pseudonyms.isPseudonym(customer)) {
                            handler.fact(customer, rs);
                        }
                    }
                }, FactStatus.SUBMITTED.name());
            }
        });
    }
}
