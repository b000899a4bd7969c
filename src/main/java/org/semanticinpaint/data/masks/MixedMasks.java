package org.semanticinpaint.data.masks;

import java.util.Random;

/**
 * Training masks: regular rectangles, thin scratches or free-form strokes, chosen by probability (the paper uses
 * rectangles and strokes; scratches are the long thin holes that micrographs and mosaics have most).
 */
public final class MixedMasks implements MaskGenerator {

	private final MaskGenerator regular = new RectangleMasks(), scratches = new ScratchMasks(),
		irregular = new FreeFormMasks();
	private final double regularProbability, scratchProbability;

	public MixedMasks(double regularProbability) {
		this(regularProbability, 0);
	}

	public MixedMasks(double regularProbability, double scratchProbability) {
		if (regularProbability < 0 || scratchProbability < 0 || regularProbability + scratchProbability > 1)
			throw new IllegalArgumentException("mask probabilities must be >= 0 and sum to at most 1: "
				+ regularProbability + ", " + scratchProbability);
		this.regularProbability = regularProbability;
		this.scratchProbability = scratchProbability;
	}

	@Override
	public float[] generate(int w, int h, Random r) {
		double u = r.nextDouble();
		MaskGenerator g = u < regularProbability ? regular
			: u < regularProbability + scratchProbability ? scratches : irregular;
		return g.generate(w, h, r);
	}
}
