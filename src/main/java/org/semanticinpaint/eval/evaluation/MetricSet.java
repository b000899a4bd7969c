package org.semanticinpaint.eval.evaluation;

import java.util.List;

/** Running means of every metric for one (setting, mask bin) cell; NaN samples are skipped per metric. */
public final class MetricSet {

	public static final List<String> NAMES = List.of("PSNR", "PSNR hole", "SSIM", "SSIM hole", "hole L1",
		"seam", "mIoU hole");

	private final double[] sum = new double[NAMES.size()];
	private final int[] count = new int[NAMES.size()];

	public void add(double... values) {
		for (int i = 0; i < values.length; i++)
			if (!Double.isNaN(values[i]) && !Double.isInfinite(values[i])) { sum[i] += values[i]; count[i]++; }
	}

	public double mean(int metric) {
		return count[metric] == 0 ? Double.NaN : sum[metric] / count[metric];
	}

	public double[] means() {
		double[] m = new double[sum.length];
		for (int i = 0; i < m.length; i++) m[i] = mean(i);
		return m;
	}

	public int samples() {
		int n = 0;
		for (int c : count) n = Math.max(n, c);
		return n;
	}
}
