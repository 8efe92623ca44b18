package com.loyaltykpi.broadleaf.capture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ModuleActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * Checkout workflow activity, ordered after blCompleteOrderActivity: marks the order as submitted by this
 * checkout. Once Broadleaf commits the order, {@link OrderPersistedListener} hands it to the module's writer
 * thread, which records its fact. The activity does no database work and never fails the checkout.
 */
public class RecordOrderFactActivity extends BaseActivity<ProcessContext<CheckoutSeed>> implements ModuleActivity {

    public static final String MODULE_NAME = "Loyalty KPI";

    private static final Log LOG = LogFactory.getLog(RecordOrderFactActivity.class);

    private final PendingSubmissions pending;

    public RecordOrderFactActivity(PendingSubmissions pending) {
        this.pending = pending;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) {
        Order order = context.getSeedData().getOrder();
        try {
            pending.hold(String.valueOf(order.getId()));
        } catch (RuntimeException | Error e) {
            LOG.error("Loyalty: order " + order.getOrderNumber() + " (id " + order.getId()
                    + ") not recorded; reconciliation will record it", e);
        }
        return context;
    }

    @Override
    public String getModuleName() {
        return MODULE_NAME;
    }
}
