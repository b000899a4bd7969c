package org.semanticinpaint.eval.metrics;

/** Mean absolute error over hole pixels and all their channels. An empty hole gives NaN. */
public final class HoleL1 {

	private HoleL1() {}

	/** In the data's own units (e.g. grey levels for 0..255 data). */
	public static double mean(float[] result, float[] truth, int width, int height, int channels, boolean[] hole) {
		ImageShape.check(result, truth, width, height, channels);
		ImageShape.checkHole(hole, width, height);
		double sum = 0;
		long n = 0;
		for (int p = 0; p < hole.length; p++) {
			if (!hole[p]) continue;
			for (int c = 0, i = p * channels; c < channels; c++, i++)
				sum += Math.abs(result[i] - (double) truth[i]);
			n += channels;
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	/** As a fraction of the data range, so 8-bit, 16-bit and [-1, 1] results compare directly. */
	public static double relative(float[] result, float[] truth, int width, int height, int channels,
		boolean[] hole, double dataRange)
	{
		ImageShape.checkRange(dataRange);
		return mean(result, truth, width, height, channels, hole) / dataRange;
	}
}
