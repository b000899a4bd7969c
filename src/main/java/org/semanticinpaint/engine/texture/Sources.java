package org.semanticinpaint.engine.texture;

import java.util.Arrays;

/**
 * The pixels of a canvas whose whole patch is known (the only places a patch may be copied from), all of them and
 * per class, found with a summed-area table of unknown pixels so the cost does not grow with the patch.
 */
final class Sources {

	private final boolean[] valid;
	private final int[] all;
	private final int[][] byLabel = new int[256][];

	Sources(Canvas c, int radius) {
		int w = c.width(), h = c.height();
		int[] unknown = new int[(w + 1) * (h + 1)];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				unknown[(y + 1) * (w + 1) + x + 1] = (c.known()[y * w + x] ? 0 : 1) + unknown[y * (w + 1) + x + 1] +
					unknown[(y + 1) * (w + 1) + x] - unknown[y * (w + 1) + x];
		valid = new boolean[w * h];
		int[] counts = new int[256];
		int n = 0;
		for (int y = radius; y < h - radius; y++)
			for (int x = radius; x < w - radius; x++) {
				int x0 = x - radius, y0 = y - radius, x1 = x + radius + 1, y1 = y + radius + 1;
				int u = unknown[y1 * (w + 1) + x1] - unknown[y0 * (w + 1) + x1] - unknown[y1 * (w + 1) + x0] +
					unknown[y0 * (w + 1) + x0];
				if (u == 0) { valid[y * w + x] = true; n++; counts[c.label(y * w + x)]++; }
			}
		all = new int[n];
		for (int k = 0; k < 256; k++) byLabel[k] = new int[counts[k]];
		Arrays.fill(counts, 0);
		for (int i = 0, j = 0; i < valid.length; i++)
			if (valid[i]) {
				all[j++] = i;
				int k = c.label(i);
				byLabel[k][counts[k]++] = i;
			}
	}

	boolean isValid(int i) {
		return valid[i];
	}

	boolean isEmpty() {
		return all.length == 0;
	}

	/** Sources of one class; every source for {@link Canvas#ANY} or a class the canvas does not show. */
	int[] of(int label) {
		if (label == Canvas.ANY || byLabel[label].length == 0) return all;
		return byLabel[label];
	}

	/** Whether any known patch carries this class. */
	boolean has(int label) {
		return label == Canvas.ANY || byLabel[label].length > 0;
	}
}
