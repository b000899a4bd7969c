package org.semanticinpaint.eval.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.semanticinpaint.eval.metrics.MeanIou;
import org.semanticinpaint.eval.metrics.SlicedWasserstein;

/**
 * Summaries of every metric for one (setting, mask bin) cell; NaN samples are skipped per metric. Per-case
 * metrics are averaged, except the HF ratios, whose medians are taken (one nearly flat truth would otherwise
 * decide the mean). Two metrics are pooled over the cases: the mIoU of the pooled label counts (dataset-level, as
 * segmentation benchmarks report it; "mIoU hole" is the mean of the per-case values) and the SWD of the pooled
 * patches.
 */
public final class MetricSet {

	/** The metrics scored per case, in the order a case's values come. */
	public static final List<String> PER_CASE = List.of("PSNR", "PSNR hole", "SSIM", "SSIM hole", "hole L1",
		"LF L1", "HF ratio", "HF ratio, right class", "seam", "mIoU hole");
	public static final List<String> NAMES = Stream.concat(PER_CASE.stream(), Stream.of("mIoU hole pooled", "SWD"))
		.toList();
	private static final int POOLED = PER_CASE.size(), SWD = POOLED + 1;
	private static final List<Integer> MEDIANS = List.of(PER_CASE.indexOf("HF ratio"),
		PER_CASE.indexOf("HF ratio, right class"));

	private final double[] sum = new double[PER_CASE.size()];
	private final int[] count = new int[PER_CASE.size()];
	private final List<List<Double>> medianSamples = List.of(new ArrayList<>(), new ArrayList<>());
	private final MeanIou.Tally pooled = new MeanIou.Tally();
	private final SlicedWasserstein patches = new SlicedWasserstein();

	/** @param labels the case's label counts inside the hole, or null where no guidance was scored */
	public void add(double[] values, MeanIou.Tally labels) {
		for (int i = 0; i < values.length; i++)
			if (!Double.isNaN(values[i]) && !Double.isInfinite(values[i])) {
				sum[i] += values[i];
				count[i]++;
				if (MEDIANS.contains(i)) medianSamples.get(MEDIANS.indexOf(i)).add(values[i]);
			}
		if (labels != null) pooled.add(labels);
	}

	/** One case's Laplacian patches of the result and of the truth, at the same places. */
	public void addPatches(float[][][] result, float[][][] truth) {
		patches.add(result, truth);
	}

	public double mean(int metric) {
		if (metric == POOLED) return pooledMiou();
		if (metric == SWD) return patches.distance();
		if (MEDIANS.contains(metric)) return median(medianSamples.get(MEDIANS.indexOf(metric)));
		return count[metric] == 0 ? Double.NaN : sum[metric] / count[metric];
	}

	private static double median(List<Double> samples) {
		if (samples.isEmpty()) return Double.NaN;
		double[] v = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
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
