package org.semanticinpaint.eval.metrics;

import org.semanticinpaint.engine.texture.GaussianBlur;

/**
 * How much fine detail a fill has compared with the truth: the standard deviation of the high-pass band (the
 * image minus its Gaussian blur, sigma 1) inside the hole's interior ({@link HoleInterior}), result over truth.
 * 1 = as grainy as the real image; a smooth fill scores near 0. NaN when the truth has no detail there.
 */
public final class HighFrequencyRatio {

	static final double SIGMA = 1.0;

	private HighFrequencyRatio() {}

	public static double of(float[] result, float[] truth, int w, int h, int c, boolean[] hole) {
		ImageShape.check(result, truth, w, h, c);
		boolean[] inside = HoleInterior.of(hole, w, h);
		double r = bandStd(result, w, h, c, inside), t = bandStd(truth, w, h, c, inside);
		return t > 0 ? r / t : Double.NaN;
	}

	static double bandStd(float[] img, int w, int h, int c, boolean[] inside) {
		float[] low = GaussianBlur.blur(img, w, h, c, SIGMA);
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
