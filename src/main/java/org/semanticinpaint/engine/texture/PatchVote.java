package org.semanticinpaint.engine.texture;

/**
 * Turns a nearest-neighbour field into pixels: the estimate averages, at every pixel to fill, what each
 * overlapping patch's source says it should be (Wexler et al. 2007); the final fill copies each pixel from its own
 * source, so the copied texture keeps its full grain instead of the average of several.
 */
final class PatchVote {

	private PatchVote() {}

	static float[] average(Canvas c, NearestNeighbourField f, int r) {
		int w = c.width(), h = c.height(), ch = c.channels();
		float[] px = c.pixels();
		float[] out = px.clone();
		// gathered per pixel, so bands write only their own rows
		Bands.run(h, 0, 0, (y0, y1, rnd) -> {
			float[] acc = new float[ch];
			for (int t = y0 * w; t < y1 * w; t++) {
				if (!c.fill()[t]) continue;
				int x = t % w, y = t / w, n = 0;
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
						for (int k = 0; k < ch; k++) acc[k] += px[s * ch + k];
						n++;
					}
				}
				if (n > 0) for (int k = 0; k < ch; k++) out[t * ch + k] = acc[k] / n;
			}
		});
		return out;
	}

	static float[] copy(Canvas c, NearestNeighbourField f) {
		int ch = c.channels();
		float[] out = c.pixels().clone();
		for (int p = 0; p < c.size(); p++) {
			int q = f.source[p];
			if (q >= 0) System.arraycopy(c.pixels(), q * ch, out, p * ch, ch);
		}
		return out;
	}
}
