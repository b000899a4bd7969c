package org.semanticinpaint.train;

import java.util.Locale;

/**
 * A training stage, in the order a bundle is usually trained: the segmentation network, stage 1 (coarse fill),
 * stage 2 (the label-guided decoder), and the joint fine-tuning of stages 1 and 2 (the paper's last step). Its
 * {@link #key()} is how options, logs and the card's step counts and metrics name it.
 */
public enum Stage {
	SEGMENT("cross_entropy", 1e-3f),
	INPAINT("hole_l1", 2e-4f),
	DECODE("hole_l1", 2e-4f),
	JOINT("hole_l1", 2e-4f);

	private final String validationMetric;
	private final float defaultLearningRate;

	Stage(String validationMetric, float defaultLearningRate) {
		this.validationMetric = validationMetric;
		this.defaultLearningRate = defaultLearningRate;
	}

	/** "segment", "inpaint", "decode" or "joint". */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The validation loss's name in the card's metrics: cross-entropy for segmentation, else the hole's L1. */
	public String validationMetric() {
		return validationMetric;
	}

	/** The paper's 2e-4 for the image stages; segmentation (ours) learns faster at 1e-3. */
	public float defaultLearningRate() {
		return defaultLearningRate;
	}

	/** Whether the stage trains stage 2 (and so has its losses: adversarial, controllability, SSIM, edits). */
	public boolean trainsDecoder() {
		return this == DECODE || this == JOINT;
	}

	/** The stage of a key, as given to {@code --stages}. */
	public static Stage of(String key) {
		for (Stage s : values()) if (s.key().equals(key.trim())) return s;
		throw new IllegalArgumentException("unknown stage " + key + " (segment, inpaint, decode, joint)");
	}
}
