package com.loyaltykpi.broadleaf.capture;

import com.loyaltykpi.core.capture.OrderCapture;
import com.loyaltykpi.core.capture.PlatformOrder;
import com.loyaltykpi.core.support.AfterCommit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ModuleActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * Checkout workflow activity, ordered after blCompleteOrderActivity: records the submitted order's fact.
 * It never fails the checkout: whatever goes wrong is logged with the order number and the reconciliation
 * job records the order later from Broadleaf's own tables.
 */
public class RecordOrderFactActivity extends BaseActivity<ProcessContext<CheckoutSeed>> implements ModuleActivity {

    public static final String MODULE_NAME = "Loyalty KPI";

    private static final Log LOG = LogFactory.getLog(RecordOrderFactActivity.class);

    private final BroadleafOrderReader reader;
    private final OrderCapture capture;

    public RecordOrderFactActivity(BroadleafOrderReader reader, OrderCapture capture) {
        this.reader = reader;
        this.capture = capture;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) {
        Order order = context.getSeedData().getOrder();
        String failure = "order " + order.getOrderNumber() + " (id " + order.getId()
                + ") not recorded; reconciliation will record it";
        try {
            final PlatformOrder submitted = reader.read(order);
            AfterCommit.run(new Runnable() {
                @Override
                public void run() {
                    capture.capture(submitted);
                }
            }, LOG, failure);
        } catch (RuntimeException | Error e) {
            LOG.error("Loyalty: " + failure, e);
        }
        return context;
    }

    @Override
    public String getModuleName() {
        return MODULE_NAME;
    }
}
