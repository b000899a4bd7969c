package org.semanticinpaint.data.masks;

import java.util.Random;

/** Training masks: regular rectangles or free-form strokes, chosen by probability (the paper uses both). */
public final class MixedMasks implements MaskGenerator {

	private final MaskGenerator regular = new RectangleMasks(), irregular = new FreeFormMasks();
	private final double regularProbability;

	public MixedMasks(double regularProbability) {
		this.regularProbability = regularProbability;
	}

	@Override
	public float[] generate(int w, int h, Random r) {
		return (r.nextDouble() < regularProbability ? regular : irregular).generate(w, h, r);
	}
}
