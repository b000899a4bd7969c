package org.semanticinpaint.eval.metrics;

import org.semanticinpaint.engine.Plane;
import org.semanticinpaint.engine.texture.GaussianBlur;

/**
 * How much fine detail a fill has compared with the truth: the standard deviation of the high-pass band (the
 * image minus its Gaussian blur, sigma 1) inside the hole's interior ({@link HoleInterior}), result over truth.
 * 1 = as grainy as the real image; a smooth fill scores near 0. NaN when the truth has no detail there.
 * {@link #where} restricts it to part of the hole: where the guidance's class is the true one, it tells a fill
 * without grain from a fill of the wrong content (a proposal's background where the truth had a grainy cell).
 */
public final class HighFrequencyRatio {

	static final double SIGMA = 1.0;

	private HighFrequencyRatio() {}

	public static double of(Plane result, Plane truth, boolean[] hole) {
		ImageShape.check(result, truth);
		return where(result, truth, hole, null);
	}

	/** @param region the pixels of the hole's interior that count (null: all of them) */
	public static double where(Plane result, Plane truth, boolean[] hole, boolean[] region) {
		ImageShape.check(result, truth);
		boolean[] inside = HoleInterior.of(hole, result.width(), result.height());
		if (region != null) for (int i = 0; i < inside.length; i++) inside[i] &= region[i];
		double r = bandStd(result, inside), t = bandStd(truth, inside);
		return t > 0 ? r / t : Double.NaN;
	}

	static double bandStd(Plane plane, boolean[] inside) {
		float[] img = plane.values(), low = GaussianBlur.blur(img, plane.width(), plane.height(), plane.channels(), SIGMA);
		int c = plane.channels();
		double sum = 0, sq = 0;
		long n = 0;
		for (int p = 0; p < inside.length; p++) {
			if (!inside[p]) continue;
			for (int k = 0; k < c; k++) {
				double v = img[p * c + k] - low[p * c + k];
				sum += v;
				sq += v * v;
				n++;
			}
		}
		if (n < 2) return Double.NaN;
		double mean = sum / n;
		return Math.sqrt(Math.max(0, sq / n - mean * mean));
	}
}
