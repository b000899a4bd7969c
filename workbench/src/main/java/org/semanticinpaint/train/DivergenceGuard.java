package org.semanticinpaint.train;

import java.util.Locale;

/**
 * Stops a run whose training loss blew up (measured: a joint run on street-scenes at 2e-4 went from 0.14 to 1e11 in 50
 * steps and would have spent its remaining 50 minutes, then written the ruined weights into the bundle). Watches the
 * smoothed loss: not finite, or {@link #FACTOR} times the lowest seen so far, is divergence.
 */
final class DivergenceGuard {

	static final double FACTOR = 20;

	private final String stage;
	private double lowest = Double.POSITIVE_INFINITY;

	DivergenceGuard(String stage) {
		this.stage = stage;
	}

	/** @throws TrainingDivergedException when the smoothed loss after {@code step} steps has diverged */
	void check(int step, double smoothedLoss) {
		boolean diverged = !Double.isFinite(smoothedLoss) || smoothedLoss > FACTOR * lowest;
		if (diverged) throw new TrainingDivergedException(String.format(Locale.ROOT,
			"%s training diverged at step %d (loss %.4g, lowest so far %.4g); nothing of this stage was written. " +
				"Try a smaller --lr or a --lr-warmup.", stage, step, smoothedLoss, lowest));
		lowest = Math.min(lowest, smoothedLoss);
	}

	/** Thrown out of {@link StageTrainer#run} so that the command stops before it exports anything. */
	static final class TrainingDivergedException extends IllegalStateException {
		private static final long serialVersionUID = 1L;

		TrainingDivergedException(String message) {
			super(message);
		}
	}
}
