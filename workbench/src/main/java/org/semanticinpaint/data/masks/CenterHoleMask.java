package org.semanticinpaint.data.masks;

import java.util.Random;

/** The paper's regular evaluation mask: a centred square hole (128 x 128 at 256 x 256 = side / 2). */
public final class CenterHoleMask implements MaskGenerator {

	private final double fraction;

	/** @param fraction hole side relative to the image side (0.5 in the paper) */
	public CenterHoleMask(double fraction) {
		this.fraction = fraction;
	}

	@Override
	public float[] generate(int w, int h, Random random) {
		float[] m = new float[w * h];
		int hw = side(w, fraction), hh = side(h, fraction);
		MaskGenerator.fillRectangle(m, w, (w - hw) / 2, (h - hh) / 2, hw, hh);
		return m;
	}

	/** The hole's extent along an image side of n pixels. */
	static int side(int n, double fraction) {
		return (int) Math.round(n * fraction);
	}
}
