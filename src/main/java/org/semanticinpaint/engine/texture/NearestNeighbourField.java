package org.semanticinpaint.engine.texture;

import java.util.SplittableRandom;

/**
 * For every pixel to fill, the source pixel whose patch matches best, found by PatchMatch (Barnes et al. 2009):
 * good matches spread to neighbours (propagation), and each pixel also tries random sources at shrinking radii
 * around its best one and one anywhere among the sources of its own class. Work runs in {@link Bands}; a band
 * propagates only within itself, so the result does not depend on which band finishes first.
 */
final class NearestNeighbourField {

	final int[] source;
	final float[] cost;
	private final Canvas c;

	private NearestNeighbourField(Canvas c) {
		this.c = c;
		this.source = new int[c.size()];
		this.cost = new float[c.size()];
		java.util.Arrays.fill(source, -1);
	}

	/** A random source of the wanted class for every pixel to fill. */
	static NearestNeighbourField random(Canvas c, Sources s, long seed, long stream) {
		NearestNeighbourField f = new NearestNeighbourField(c);
		Bands.run(c.height(), seed, stream, (y0, y1, rnd) -> {
			for (int i = y0 * c.width(); i < y1 * c.width(); i++)
				if (c.fill()[i]) f.source[i] = anyOf(s, c.label(i), rnd);
		});
		return f;
	}

	/** The coarser level's field, doubled: each child starts at the matching child of its parent's source. */
	static NearestNeighbourField upsample(NearestNeighbourField coarse, Canvas c, Sources s, long seed, long stream) {
		NearestNeighbourField f = new NearestNeighbourField(c);
		int w = c.width(), cw = coarse.c.width();
		Bands.run(c.height(), seed, stream, (y0, y1, rnd) -> {
			for (int i = y0 * w; i < y1 * w; i++) {
				if (!c.fill()[i]) continue;
				int x = i % w, y = i / w, q = coarse.source[(y / 2) * cw + x / 2];
				int cand = -1;
				if (q >= 0) {
					int qx = Math.min(w - 1, 2 * (q % cw) + x % 2), qy = Math.min(c.height() - 1, 2 * (q / cw) + y % 2);
					cand = qy * w + qx;
				}
				f.source[i] = cand >= 0 && s.isValid(cand) ? cand : anyOf(s, c.label(i), rnd);
			}
		});
		return f;
	}

	private static int anyOf(Sources s, int label, SplittableRandom rnd) {
		int[] of = s.of(label);
		return of[rnd.nextInt(of.length)];
	}

	/**
	 * Scores the current matches, then one PatchMatch pass: forward or backward.
	 * @param maxRadius the random search's first radius
	 */
	void improve(PatchDistance d, Sources s, long seed, long stream, boolean backward, int maxRadius) {
		int w = c.width();
		Bands.run(c.height(), seed, stream, (y0, y1, rnd) -> {
			for (int i = y0 * w; i < y1 * w; i++) if (source[i] >= 0) cost[i] = d.between(i, source[i], Float.MAX_VALUE);
			int n = (y1 - y0) * w, step = backward ? -1 : 1;
			for (int k = 0; k < n; k++) {
				int i = y0 * w + (backward ? n - 1 - k : k);
				if (source[i] < 0) continue;
				int x = i % w, y = i / w;
				if (x - step >= 0 && x - step < w) propagate(d, s, i, i - step, step);
				if (y - step >= y0 && y - step < y1) propagate(d, s, i, i - step * w, step * w);
				search(d, s, i, rnd, maxRadius);
			}
		});
	}

	private void search(PatchDistance d, Sources s, int i, SplittableRandom rnd, int maxRadius) {
		int w = c.width(), h = c.height();
		for (int r = maxRadius; r >= 1; r /= 2) {
			int b = source[i], bx = b % w + rnd.nextInt(2 * r + 1) - r, by = b / w + rnd.nextInt(2 * r + 1) - r;
			if (bx >= 0 && by >= 0 && bx < w && by < h) consider(d, s, i, by * w + bx);
		}
		consider(d, s, i, anyOf(s, c.label(i), rnd));
	}

	private void propagate(PatchDistance d, Sources s, int i, int neighbour, int offset) {
		int q = source[neighbour];
		if (q < 0) return;
		int cand = q + offset;
		// the shifted source must stay on the same row when moving horizontally
		if (Math.abs(offset) == 1 && cand / c.width() != q / c.width()) return;
		if (cand >= 0 && cand < c.size()) consider(d, s, i, cand);
	}

	private void consider(PatchDistance d, Sources s, int i, int cand) {
		if (cand == source[i] || !s.isValid(cand)) return;
		float v = d.between(i, cand, cost[i]);
		if (v < cost[i]) { cost[i] = v; source[i] = cand; }
	}
}
