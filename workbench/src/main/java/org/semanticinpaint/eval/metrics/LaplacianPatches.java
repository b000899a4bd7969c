package org.semanticinpaint.eval.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.semanticinpaint.engine.Plane;
import org.semanticinpaint.engine.texture.GaussianBlur;

/**
 * 7 x 7 patches of the first two Laplacian-pyramid bands (Karras et al. 2018) at pixels of the hole: band 0 is the
 * image minus its blur (sigma 1), band 1 the same at half resolution. Result and truth are cut at the same places
 * so that their patch sets compare.
 */
public final class LaplacianPatches {

	public static final int LEVELS = 2, SIDE = 7;
	/** Patch centres per case and level: a pooled evaluation of 40 cases compares about 10,000 patches. */
	static final int PER_CASE = 256;

	private LaplacianPatches() {}

	/** Seeded patch centres inside the hole, per level (indices into that level's pixels). */
	public static int[][] centres(boolean[] hole, int w, int h, long seed) {
		SplittableRandom rnd = new SplittableRandom(seed);
		int[][] out = new int[LEVELS][];
		for (int l = 0; l < LEVELS; l++) {
			int lw = w >> l, lh = h >> l;
			List<Integer> in = new ArrayList<>();
			for (int y = 0; y < lh; y++)
				for (int x = 0; x < lw; x++) if (hole[(y << l) * w + (x << l)]) in.add(y * lw + x);
			int n = Math.min(PER_CASE, in.size());
			for (int i = 0; i < n; i++) java.util.Collections.swap(in, i, i + rnd.nextInt(in.size() - i));
			out[l] = in.subList(0, n).stream().mapToInt(Integer::intValue).toArray();
		}
		return out;
	}

	/** Per level, one descriptor (SIDE * SIDE * c values, edge pixels clamped) per centre. */
	public static float[][][] cut(Plane img, int[][] centres) {
		float[][][] out = new float[LEVELS][][];
		Plane level = img;
		int c = img.channels();
		for (int l = 0; l < LEVELS; l++) {
			int lw = level.width(), lh = level.height();
			float[] low = GaussianBlur.blur(level.values(), lw, lh, c, 1.0);
			float[] band = new float[low.length];
			for (int i = 0; i < band.length; i++) band[i] = level.values()[i] - low[i];
			out[l] = new float[centres[l].length][];
			for (int k = 0; k < centres[l].length; k++) out[l][k] = patch(level.with(band), centres[l][k]);
			if (l + 1 < LEVELS) level = halved(level.with(low));
		}
		return out;
	}

	/** Every second pixel of a blurred plane: the next pyramid level. */
	private static Plane halved(Plane p) {
		int hw = p.width() / 2, hh = p.height() / 2, c = p.channels();
		float[] next = new float[hw * hh * c];
		for (int y = 0; y < hh; y++)
			for (int x = 0; x < hw; x++) System.arraycopy(p.values(), p.index(2 * x, 2 * y, 0), next, (y * hw + x) * c, c);
		return new Plane(next, hw, hh, c);
	}

	private static float[] patch(Plane band, int centre) {
		int w = band.width(), h = band.height(), c = band.channels();
		int r = SIDE / 2, cx = centre % w, cy = centre / w;
		float[] out = new float[SIDE * SIDE * c];
		int i = 0;
		for (int dy = -r; dy <= r; dy++)
			for (int dx = -r; dx <= r; dx++) {
				int x = Math.max(0, Math.min(w - 1, cx + dx)), y = Math.max(0, Math.min(h - 1, cy + dy));
				for (int k = 0; k < c; k++) out[i++] = band.at(x, y, k);
			}
		return out;
	}
}
