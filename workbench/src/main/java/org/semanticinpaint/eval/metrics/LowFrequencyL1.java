package org.semanticinpaint.eval.metrics;

import org.semanticinpaint.engine.Plane;
import org.semanticinpaint.engine.texture.GaussianBlur;

/**
 * Structure without texture: the hole L1 of result and truth both blurred with sigma 2, as a fraction of the data
 * range. Grain at the right statistics but not the exact pixels costs pixel L1; here it averages out.
 */
public final class LowFrequencyL1 {

	static final double SIGMA = 2.0;

	private LowFrequencyL1() {}

	public static double relative(Plane result, Plane truth, boolean[] hole, double range) {
		ImageShape.check(result, truth);
		return HoleL1.relative(blur(result), blur(truth), result.width(), result.height(), result.channels(), hole,
			range);
	}

	private static float[] blur(Plane p) {
		return GaussianBlur.blur(p.values(), p.width(), p.height(), p.channels(), SIGMA);
	}
}
