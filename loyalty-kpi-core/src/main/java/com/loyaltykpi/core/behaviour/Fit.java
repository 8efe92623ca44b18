package com.loyaltykpi.core.behaviour;

/**
 * The outcome of fitting a model to a shop's customers: the model with its maximised log-likelihood, or why the shop's
 * data cannot be fitted (too few customers or repeat customers, or parameters the model cannot use), in words an
 * operator can act on.
 */
public final class Fit<M> {

    private final M model;
    private final double logLikelihood;
    private final String refusal;

    private Fit(M model, double logLikelihood, String refusal) {
        this.model = model;
        this.logLikelihood = logLikelihood;
        this.refusal = refusal;
    }

    static <M> Fit<M> of(M model, double logLikelihood) {
        return new Fit<M>(model, logLikelihood, null);
    }

    static <M> Fit<M> refused(String reason) {
        return new Fit<M>(null, Double.NaN, reason);
    }

    /** Whether the model was fitted. */
    public boolean fitted() {
        return model != null;
    }

    /** The fitted model, or null when refused. */
    public M model() {
        return model;
    }

    /** The log-likelihood at the fitted parameters (NaN when refused). */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** Why the model was not fitted, or null. */
    public String refusal() {
        return refusal;
    }
}
