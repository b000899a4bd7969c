package org.semanticinpaint.eval.evaluation;

import java.util.List;

import org.semanticinpaint.eval.metrics.MeanIou;

/**
 * Running means of every metric for one (setting, mask bin) cell; NaN samples are skipped per metric. The last
 * metric is the mIoU of the pooled label counts (dataset-level, as segmentation benchmarks report it); "mIoU hole"
 * is the mean of the per-case values.
 */
public final class MetricSet {

	/** The metrics scored per case, in the order a case's values come. */
	public static final List<String> PER_CASE = List.of("PSNR", "PSNR hole", "SSIM", "SSIM hole", "hole L1",
		"seam", "mIoU hole");
	public static final List<String> NAMES = java.util.stream.Stream.concat(PER_CASE.stream(),
		java.util.stream.Stream.of("mIoU hole pooled")).toList();
	private static final int POOLED = PER_CASE.size();

	private final double[] sum = new double[PER_CASE.size()];
	private final int[] count = new int[PER_CASE.size()];
	private final MeanIou.Tally pooled = new MeanIou.Tally();

	/** @param labels the case's label counts inside the hole, or null where no guidance was scored */
	public void add(double[] values, MeanIou.Tally labels) {
		for (int i = 0; i < values.length; i++)
			if (!Double.isNaN(values[i]) && !Double.isInfinite(values[i])) { sum[i] += values[i]; count[i]++; }
		if (labels != null) pooled.add(labels);
	}

	public double mean(int metric) {
		if (metric == POOLED) return pooledMiou();
		return count[metric] == 0 ? Double.NaN : sum[metric] / count[metric];
	}

	public double[] means() {
		double[] m = new double[NAMES.size()];
		for (int i = 0; i < m.length; i++) m[i] = mean(i);
		return m;
	}

	/** The mIoU of the label counts pooled over the cases; NaN where no guidance was scored. */
	public double pooledMiou() {
		return pooled.mean();
	}

	/** The pooled IoU of one class (which classes the controllability loses), NaN where it never appeared. */
	public double pooledIou(int classId) {
		return pooled.iou(classId);
	}

	public int samples() {
		int n = 0;
		for (int c : count) n = Math.max(n, c);
		return n;
	}
}
