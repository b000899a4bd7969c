package org.semanticinpaint.engine.texture;

/** Chessboard distance of each hole pixel to the nearest known pixel (everything outside the array is known). */
public final class HoleDistance {

	private HoleDistance() {}

	public static int[] chessboard(boolean[] m, int w, int h) {
		int[] d = new int[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				if (!m[y * w + x]) continue;
				int v = Math.min(x == 0 ? 0 : d[y * w + x - 1], y == 0 ? 0 : d[(y - 1) * w + x]);
				if (y > 0) v = Math.min(v, Math.min(x == 0 ? 0 : d[(y - 1) * w + x - 1], x == w - 1 ? 0 : d[(y - 1) * w + x + 1]));
				d[y * w + x] = v + 1;
			}
		for (int y = h - 1; y >= 0; y--)
			for (int x = w - 1; x >= 0; x--) {
				if (!m[y * w + x]) continue;
				int v = Math.min(x == w - 1 ? 0 : d[y * w + x + 1], y == h - 1 ? 0 : d[(y + 1) * w + x]);
				if (y < h - 1) v = Math.min(v, Math.min(x == w - 1 ? 0 : d[(y + 1) * w + x + 1], x == 0 ? 0 : d[(y + 1) * w + x - 1]));
				d[y * w + x] = Math.min(d[y * w + x], v + 1);
			}
		return d;
	}

	/** Twice the largest distance: how thick the holes are. */
	public static int thickness(boolean[] m, int w, int h) {
		int max = 0;
		for (int v : chessboard(m, w, h)) max = Math.max(max, v);
		return 2 * max;
	}
}
