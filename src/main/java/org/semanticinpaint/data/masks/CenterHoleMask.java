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
		int hw = (int) Math.round(w * fraction), hh = (int) Math.round(h * fraction);
		int x0 = (w - hw) / 2, y0 = (h - hh) / 2;
		for (int y = y0; y < y0 + hh; y++)
			for (int x = x0; x < x0 + hw; x++) m[y * w + x] = 1f;
		return m;
	}
}
