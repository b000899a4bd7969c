package org.semanticinpaint.eval.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sliced Wasserstein distance between the patch statistics of results and truths (Karras et al. 2018), pooled
 * over cases: patches are added case by case, and the distance is the mean over levels and over seeded random
 * directions of the L1 distance between the sorted projections. Both sets are normalised by the truth's mean and
 * standard deviation per level, so a fill with too little grain is as far off as one with too much.
 */
public final class SlicedWasserstein {

	static final int DIRECTIONS = 128;
	static final long SEED = 20180226L;

	private final List<List<float[]>> results = new ArrayList<>(), truths = new ArrayList<>();

	public SlicedWasserstein() {
		for (int l = 0; l < LaplacianPatches.LEVELS; l++) {
			results.add(new ArrayList<>());
			truths.add(new ArrayList<>());
		}
	}

	/** One case's patches ({@link LaplacianPatches#cut}), result and truth at the same centres. */
	public void add(float[][][] result, float[][][] truth) {
		for (int l = 0; l < result.length; l++) {
			results.get(l).addAll(Arrays.asList(result[l]));
			truths.get(l).addAll(Arrays.asList(truth[l]));
		}
	}

	/** The distance; NaN before any patch was added. */
	public double distance() {
		double sum = 0;
		int n = 0;
		for (int l = 0; l < results.size(); l++) {
			if (results.get(l).isEmpty()) continue;
			sum += level(results.get(l), truths.get(l));
			n++;
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	static double level(List<float[]> a, List<float[]> b) {
		int d = b.get(0).length;
		double mean = 0, sq = 0;
		long n = 0;
		for (float[] p : b) for (float v : p) { mean += v; sq += v * v; n++; }
		mean /= n;
		double std = Math.sqrt(Math.max(1e-20, sq / n - mean * mean));
		SplittableRandom rnd = new SplittableRandom(SEED + d);
		double total = 0;
		double[] pa = new double[a.size()], pb = new double[b.size()];
		for (int k = 0; k < DIRECTIONS; k++) {
			double[] dir = direction(d, rnd);
			project(a, dir, mean, std, pa);
			project(b, dir, mean, std, pb);
			Arrays.sort(pa);
			Arrays.sort(pb);
			total += sortedL1(pa, pb);
		}
		return total / DIRECTIONS;
	}

	private static double[] direction(int d, SplittableRandom rnd) {
		double[] v = new double[d];
		double norm = 0;
		for (int i = 0; i < d; i++) {
			// Box-Muller: a Gaussian vector gives a uniform direction
			v[i] = Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
			norm += v[i] * v[i];
		}
		norm = Math.sqrt(norm);
		for (int i = 0; i < d; i++) v[i] /= norm;
		return v;
	}

	private static void project(List<float[]> set, double[] dir, double mean, double std, double[] out) {
		for (int i = 0; i < set.size(); i++) {
			float[] p = set.get(i);
			double s = 0;
			for (int j = 0; j < p.length; j++) s += dir[j] * (p[j] - mean) / std;
			out[i] = s;
		}
	}

	/** Mean |a - b| of two sorted sets, matched by quantile when their sizes differ. */
	static double sortedL1(double[] a, double[] b) {
		int n = Math.max(a.length, b.length);
		double s = 0;
		for (int i = 0; i < n; i++) {
			double qa = a[(int) ((long) i * a.length / n)], qb = b[(int) ((long) i * b.length / n)];
			s += Math.abs(qa - qb);
		}
		return s / n;
	}
}
