package org.semanticinpaint.engine;

import java.util.Arrays;

/**
 * Maps intensities to the networks' [-1, 1] and back: a fixed 0..255 range for 8-bit data with "range" bundles,
 * otherwise robust percentiles of the whole image (per image, not per window: a flat window of background would
 * otherwise have its noise stretched to full contrast).
 */
public record Normalizer(double low, double high) {

	public static Normalizer range8() {
		return new Normalizer(0, 255);
	}

	/** Percentiles of the known values (NaN skipped); a flat window gets a unit range around its value. */
	public static Normalizer percentiles(float[] known, int n, double lowPct, double highPct) {
		float[] v = new float[n];
		int m = 0;
		for (int i = 0; i < n; i++) if (!Float.isNaN(known[i])) v[m++] = known[i];
		if (m == 0) return new Normalizer(0, 1);
		Arrays.sort(v, 0, m);
		double lo = v[(int) Math.min(m - 1, Math.floor(lowPct / 100 * (m - 1)))];
		double hi = v[(int) Math.min(m - 1, Math.ceil(highPct / 100 * (m - 1)))];
		if (hi - lo < 1e-6 * Math.max(1, Math.abs(hi))) { lo -= 0.5; hi += 0.5; }
		return new Normalizer(lo, hi);
	}

	public float toNet(float v) {
		double x = 2 * (v - low) / (high - low) - 1;
		return (float) Math.max(-1, Math.min(1, x));
	}

	public float fromNet(float x) {
		return (float) (low + (x + 1) * 0.5 * (high - low));
	}
}
