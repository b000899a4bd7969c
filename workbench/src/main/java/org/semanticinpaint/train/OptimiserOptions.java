package org.semanticinpaint.train;

import java.util.Map;

/**
 * Settings of every stage's optimisation.
 *
 * @param warmup steps ramping the rate up from zero, for resumed runs
 * @param threads TensorFlow's intra-op threads, 0 = all cores
 */
public record OptimiserOptions(int batch, LearningRateSchedule decay, int warmup, int threads, long seed) {

	public OptimiserOptions {
		if (warmup < 0) throw new IllegalArgumentException("--lr-warmup is a number of steps, not " + warmup);
	}

	/** From {@code --batch}, {@code --lr-decay}, {@code --lr-warmup}, {@code --threads} and {@code --seed}. */
	static OptimiserOptions of(Map<String, String> a) {
		return new OptimiserOptions(Integer.parseInt(a.getOrDefault("batch", "8")),
			LearningRateSchedule.parse(a.getOrDefault("lr-decay", "none")),
			Integer.parseInt(a.getOrDefault("lr-warmup", "0")), Integer.parseInt(a.getOrDefault("threads", "0")),
			Long.parseLong(a.getOrDefault("seed", "1")));
	}

	/** A stage's budget under these settings. */
	StageTrainer.Budget budget(StagePlan plan) {
		return new StageTrainer.Budget(plan.steps(), plan.minutes(), batch,
			new StageTrainer.Rate(plan.learningRate(), decay, warmup), threads);
	}
}
