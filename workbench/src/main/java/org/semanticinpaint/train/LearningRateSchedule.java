package org.semanticinpaint.train;

/**
 * The learning rate over one stage run: constant, or a cosine decay to a tenth of the base rate by the end of the
 * budget. The decay is for the last run on a bundle: large steps keep a network moving between minima, small steps
 * at the end let it settle in one (worth a few points of IoU for the small segmentation networks).
 */
public enum LearningRateSchedule {
	CONSTANT, COSINE;

	/** Where the rate ends, relative to the base rate. */
	static final double FLOOR = 0.1;

	/** @param progress the share of the budget spent, 0..1 (clamped) */
	public float rate(float base, double progress) {
		if (this == CONSTANT) return base;
		double p = Math.min(1, Math.max(0, progress));
		return (float) (base * (FLOOR + (1 - FLOOR) * 0.5 * (1 + Math.cos(Math.PI * p))));
	}

	/** "none" or "cosine", as given to {@code --lr-decay}. */
	public static LearningRateSchedule parse(String s) {
		return switch (s) {
			case "none" -> CONSTANT;
			case "cosine" -> COSINE;
			default -> throw new IllegalArgumentException("--lr-decay must be none or cosine, not " + s);
		};
	}
}
