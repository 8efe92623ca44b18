package com.loyaltykpi.broadleaf.capture;

import com.loyaltykpi.core.capture.OrderCapture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.Map;

/**
 * When an activity after ours fails, Broadleaf rolls the checkout back and the order stays a cart: the fact
 * recorded for it is withdrawn, so that no order that was never submitted is counted.
 */
public class RetractOrderFactRollbackHandler implements RollbackHandler<CheckoutSeed> {

    private static final Log LOG = LogFactory.getLog(RetractOrderFactRollbackHandler.class);

    private final OrderCapture capture;

    public RetractOrderFactRollbackHandler(OrderCapture capture) {
        this.capture = capture;
    }

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
                              ProcessContext<CheckoutSeed> context, Map<String, Object> stateConfiguration) {
        Long orderId = context.getSeedData().getOrder().getId();
        try {
            if (capture.retract(String.valueOf(orderId))) {
                LOG.info("Loyalty: checkout of order id " + orderId + " was rolled back; its fact was withdrawn");
            }
        } catch (RuntimeException e) {
            LOG.error("Loyalty: checkout of order id " + orderId + " was rolled back but its fact could not be withdrawn", e);
        }
    }
}
