package org.semanticinpaint.data.masks;

import java.util.Random;

/**
 * Training masks: regular rectangles, thin scratches, half-side squares or free-form strokes, chosen by probability
 * (the paper uses rectangles, its 128 x 128 hole and strokes; scratches are the long thin holes that micrographs and
 * mosaics have most).
 */
public final class MixedMasks implements MaskGenerator {

	private final MaskGenerator regular = new RectangleMasks(), scratches = new ScratchMasks(),
		squares = new SquareHoleMasks(0.5), irregular = new FreeFormMasks();
	private final double regularProbability, scratchProbability, squareProbability;

	public MixedMasks(double regularProbability) {
		this(regularProbability, 0);
	}

	public MixedMasks(double regularProbability, double scratchProbability) {
		this(regularProbability, scratchProbability, 0);
	}

	/** The rest of the probability goes to free-form strokes. */
	public MixedMasks(double regularProbability, double scratchProbability, double squareProbability) {
		if (regularProbability < 0 || scratchProbability < 0 || squareProbability < 0
			|| regularProbability + scratchProbability + squareProbability > 1)
			throw new IllegalArgumentException("mask probabilities must be >= 0 and sum to at most 1: "
				+ regularProbability + ", " + scratchProbability + ", " + squareProbability);
		this.regularProbability = regularProbability;
		this.scratchProbability = scratchProbability;
		this.squareProbability = squareProbability;
	}

	@Override
	public float[] generate(int w, int h, Random r) {
		double u = r.nextDouble();
		MaskGenerator g = u < regularProbability ? regular
			: u < regularProbability + scratchProbability ? scratches
			: u < regularProbability + scratchProbability + squareProbability ? squares : irregular;
		return g.generate(w, h, r);
	}
}
