package org.semanticinpaint.eval.metrics;

import org.semanticinpaint.engine.texture.GaussianBlur;

/**
 * Structure without texture: the hole L1 of result and truth both blurred with sigma 2, as a fraction of the data
 * range. Grain at the right statistics but not the exact pixels costs pixel L1; here it averages out.
 */
public final class LowFrequencyL1 {

	static final double SIGMA = 2.0;

	private LowFrequencyL1() {}

	public static double relative(float[] result, float[] truth, int w, int h, int c, boolean[] hole, double range) {
		ImageShape.check(result, truth, w, h, c);
		return HoleL1.relative(GaussianBlur.blur(result, w, h, c, SIGMA), GaussianBlur.blur(truth, w, h, c, SIGMA), w, h,
			c, hole, range);
	}
}
