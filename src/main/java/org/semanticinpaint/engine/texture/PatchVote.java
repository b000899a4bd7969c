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
		float[] acc = new float[px.length];
		int[] count = new int[c.size()];
		for (int p = 0; p < c.size(); p++) {
			int q = f.source[p];
			if (q < 0) continue;
			int x = p % w, y = p / w;
			for (int dy = -r; dy <= r; dy++) {
				int ty = y + dy;
				if (ty < 0 || ty >= h) continue;
				for (int dx = -r; dx <= r; dx++) {
					int tx = x + dx;
					if (tx < 0 || tx >= w) continue;
					int t = ty * w + tx;
					if (!c.fill()[t]) continue;
					int s = q + dy * w + dx;
					for (int k = 0; k < ch; k++) acc[t * ch + k] += px[s * ch + k];
					count[t]++;
				}
			}
		}
		for (int t = 0; t < c.size(); t++)
			if (count[t] > 0) for (int k = 0; k < ch; k++) out[t * ch + k] = acc[t * ch + k] / count[t];
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
