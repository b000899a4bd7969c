package org.semanticinpaint.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where windows overlap (a long stroke cut into several full-resolution windows), each fills the shared hole
 * pixels its own way; this cross-fades them, weighting every window by how far the pixel lies from its edges, so a
 * stroke shows no step where one window hands over to the next. Every window then holds the same value at a shared
 * pixel, and pasting them in any order gives one result. Windows that overlap no other are returned as they are.
 */
public final class WindowBlend {

	private WindowBlend() {}

	/**
	 * @param values per window, HWC at window size (hole pixels meaningful)
	 * @return per window, the values with shared hole pixels cross-faded (untouched arrays where nothing is shared)
	 */
	public static List<float[]> blend(List<HoleWindow> windows, List<float[]> values, int channels) {
		List<List<Integer>> near = neighbours(windows);
		double[] sum = new double[channels];
		return eachHolePixel(windows, values, near, (i, p, ix, iy, v) -> {
			double wsum = centrality(windows.get(i), ix, iy);
			for (int k = 0; k < channels; k++) sum[k] = wsum * values.get(i)[p * channels + k];
			for (int j : near.get(i)) {
				int q = holeIndex(windows.get(j), ix, iy);
				if (q < 0) continue;
				double wb = centrality(windows.get(j), ix, iy);
				wsum += wb;
				for (int k = 0; k < channels; k++) sum[k] += wb * values.get(j)[q * channels + k];
			}
			for (int k = 0; k < channels; k++) v[p * channels + k] = (float) (sum[k] / wsum);
		});
	}

	/**
	 * Makes overlapping windows agree by ownership instead of cross-fading: each shared hole pixel takes the value
	 * of the window it lies deepest in. Cross-fading two different textures would average their grain away.
	 */
	public static List<float[]> own(List<HoleWindow> windows, List<float[]> values, int channels) {
		List<List<Integer>> near = neighbours(windows);
		return eachHolePixel(windows, values, near, (i, p, ix, iy, v) -> {
			if (owns(windows, near.get(i), i, ix, iy)) return;
			int j = owner(windows, near.get(i), ix, iy), q = holeIndex(windows.get(j), ix, iy);
			if (q >= 0) System.arraycopy(values.get(j), q * channels, v, p * channels, channels);
		});
	}

	/** What a shared hole pixel p (at image position ix, iy) of window i becomes, written into its copy v. */
	private interface PixelRule {
		void apply(int i, int p, int ix, int iy, float[] v);
	}

	/** Applies a rule to every hole pixel of every window that overlaps another; other windows stay as they are. */
	private static List<float[]> eachHolePixel(List<HoleWindow> windows, List<float[]> values,
		List<List<Integer>> near, PixelRule rule)
	{
		List<float[]> out = new ArrayList<>(values);
		for (int i = 0; i < windows.size(); i++) {
			if (near.get(i).isEmpty()) continue;
			HoleWindow a = windows.get(i);
			float[] v = values.get(i).clone();
			for (int p = 0; p < a.hole().length; p++)
				if (a.hole()[p]) rule.apply(i, p, a.x0() + p % a.width(), a.y0() + p / a.width(), v);
			out.set(i, v);
		}
		return out;
	}

	/** The index of an image pixel in a window, or -1 where it is not one of the window's hole pixels. */
	private static int holeIndex(HoleWindow b, int x, int y) {
		if (!b.contains(x, y)) return -1;
		int q = (y - b.y0()) * b.width() + x - b.x0();
		return b.hole()[q] ? q : -1;
	}

	private static int owner(List<HoleWindow> windows, List<Integer> near, int x, int y) {
		int best = -1;
		double c = -1;
		for (int j : near) {
			HoleWindow b = windows.get(j);
			if (!b.contains(x, y)) continue;
			double cb = centrality(b, x, y);
			if (cb > c) { c = cb; best = j; }
		}
		return best;
	}

	/**
	 * Whether window {@code i} is the one that shows its (context) labels at an image pixel: the most central of
	 * the windows containing it, the first on a tie.
	 */
	public static boolean owns(List<HoleWindow> windows, List<Integer> near, int i, int x, int y) {
		double c = centrality(windows.get(i), x, y);
		for (int j : near) {
			HoleWindow b = windows.get(j);
			if (!b.contains(x, y)) continue;
			double cb = centrality(b, x, y);
			if (cb > c || (cb == c && j < i)) return false;
		}
		return true;
	}

	/** For every window, the other windows that overlap it. */
	public static List<List<Integer>> neighbours(List<HoleWindow> windows) {
		List<List<Integer>> near = new ArrayList<>();
		for (int i = 0; i < windows.size(); i++) {
			List<Integer> n = new ArrayList<>();
			HoleWindow a = windows.get(i);
			for (int j = 0; j < windows.size(); j++) {
				HoleWindow b = windows.get(j);
				if (j != i && a.x0() < b.x0() + b.width() && b.x0() < a.x0() + a.width() && a.y0() < b.y0() + b.height() &&
					b.y0() < a.y0() + a.height()) n.add(j);
			}
			near.add(n);
		}
		return near;
	}

	/** 1 at a window's edge, rising linearly inward along each axis (a tent, the product of both axes). */
	static double centrality(HoleWindow w, int x, int y) {
		int dx = Math.min(x - w.x0(), w.x0() + w.width() - 1 - x) + 1;
		int dy = Math.min(y - w.y0(), w.y0() + w.height() - 1 - y) + 1;
		return (double) dx * dy;
	}
}
