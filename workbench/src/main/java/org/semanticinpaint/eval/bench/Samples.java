package org.semanticinpaint.eval.bench;

import java.util.Arrays;

/** Order statistics of repeated timings: median and spread, percentiles interpolated linearly between ranks. */
public final class Samples {

	private final double[] sorted;

	public Samples(double[] values) {
		if (values.length == 0) throw new IllegalArgumentException("no samples");
		sorted = values.clone();
		Arrays.sort(sorted);
	}

	public int count() {
		return sorted.length;
	}

	public double min() {
		return sorted[0];
	}

	public double max() {
		return sorted[sorted.length - 1];
	}

	public double median() {
		return percentile(50);
	}

	/** Interquartile range, p75 - p25. */
	public double iqr() {
		return percentile(75) - percentile(25);
	}

	/** @param p 0..100 */
	public double percentile(double p) {
		double rank = p / 100 * (sorted.length - 1);
		int lo = (int) Math.floor(rank), hi = (int) Math.ceil(rank);
		return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
	}
}
