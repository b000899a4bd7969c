package org.semanticinpaint.engine.texture;

/**
 * Turns a nearest-neighbour field into pixels: at every pixel to fill, what each overlapping patch's source says
 * it should be, averaged (Wexler et al. 2007). Between rounds all patches count alike; the final fill weights them
 * by a narrow Gaussian of their offset, nearly a copy of each pixel's own source: a plain average would blur the
 * grain wherever neighbouring pixels come from different places, a plain copy would show those places' seams as
 * pixel noise.
 */
final class PatchVote {

	private PatchVote() {}

	static float[] average(Canvas c, NearestNeighbourField f, int r) {
		return weighted(c, f, r, Double.POSITIVE_INFINITY);
	}

	/** Each overlapping patch's say weighted by a Gaussian of its offset (sigma): near the copy, far the average. */
	static float[] weighted(Canvas c, NearestNeighbourField f, int r, double sigma) {
		int w = c.width(), h = c.height(), ch = c.channels();
		float[] px = c.pixels();
		float[] out = px.clone();
		float[] weight = new float[(2 * r + 1) * (2 * r + 1)];
		for (int dy = -r; dy <= r; dy++)
			for (int dx = -r; dx <= r; dx++)
				weight[(dy + r) * (2 * r + 1) + dx + r] = (float) Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
		// gathered per pixel, so bands write only their own rows
		Bands.run(h, 0, 0, (y0, y1, rnd) -> {
			float[] acc = new float[ch];
			for (int t = y0 * w; t < y1 * w; t++) {
				if (!c.fill()[t]) continue;
				int x = t % w, y = t / w;
				float n = 0;
				java.util.Arrays.fill(acc, 0f);
				for (int dy = -r; dy <= r; dy++) {
					int py = y - dy;
					if (py < 0 || py >= h) continue;
					for (int dx = -r; dx <= r; dx++) {
						int pxl = x - dx;
						if (pxl < 0 || pxl >= w) continue;
						int q = f.source[py * w + pxl];
						if (q < 0) continue;
						int s = q + dy * w + dx;
						float wt = weight[(dy + r) * (2 * r + 1) + dx + r];
						for (int k = 0; k < ch; k++) acc[k] += wt * px[s * ch + k];
						n += wt;
					}
				}
				if (n > 0) for (int k = 0; k < ch; k++) out[t * ch + k] = acc[k] / n;
			}
		});
		return out;
	}
}
