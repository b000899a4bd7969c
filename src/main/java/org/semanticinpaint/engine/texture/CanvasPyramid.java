package org.semanticinpaint.engine.texture;

import java.util.ArrayList;
import java.util.List;

/**
 * Halves a canvas until its holes are a few patches across: coarse levels place the texture's large-scale layout,
 * fine levels its detail (Wexler et al. 2007). A coarse pixel is known only if all its children are, and must be
 * filled if any child must, so no hole value is ever averaged into a source.
 */
final class CanvasPyramid {

	private CanvasPyramid() {}

	/** Levels from the finest (index 0) to the coarsest. */
	static List<Canvas> build(Canvas fine, int levels) {
		List<Canvas> out = new ArrayList<>();
		out.add(fine);
		for (int l = 1; l < levels; l++) {
			Canvas c = out.get(l - 1);
			if (c.width() < 8 || c.height() < 8) break;
			out.add(halve(c));
		}
		return out;
	}

	/** How many levels bring a hole of this thickness down to about {@code target} pixels. */
	static int levelsFor(int thickness, int target) {
		int n = 1;
		while (thickness > target) { thickness = (thickness + 1) / 2; n++; }
		return n;
	}

	static Canvas halve(Canvas c) {
		int w = c.width(), h = c.height(), ch = c.channels();
		int hw = (w + 1) / 2, hh = (h + 1) / 2;
		float[] px = new float[hw * hh * ch];
		float[] guide = c.guide() == null ? null : new float[px.length];
		boolean[] known = new boolean[hw * hh], fill = new boolean[hw * hh];
		byte[] labels = c.labels() == null ? null : new byte[hw * hh];
		int[] kids = new int[4];
		for (int y = 0; y < hh; y++)
			for (int x = 0; x < hw; x++) {
				int o = y * hw + x, n = 0;
				for (int dy = 0; dy < 2; dy++)
					for (int dx = 0; dx < 2; dx++)
						if (2 * x + dx < w && 2 * y + dy < h) kids[n++] = (2 * y + dy) * w + 2 * x + dx;
				boolean allKnown = true, anyFill = false;
				int nKnown = 0;
				for (int k = 0; k < n; k++) {
					allKnown &= c.known()[kids[k]];
					anyFill |= c.fill()[kids[k]];
					if (c.known()[kids[k]]) nKnown++;
				}
				known[o] = allKnown;
				fill[o] = anyFill;
				for (int k = 0; k < ch; k++) {
					double s = 0, g = 0;
					for (int j = 0; j < n; j++) {
						if (nKnown == 0 || c.known()[kids[j]]) s += c.pixels()[kids[j] * ch + k];
						if (guide != null) g += c.guide()[kids[j] * ch + k];
					}
					px[o * ch + k] = (float) (s / (nKnown == 0 ? n : nKnown));
					if (guide != null) guide[o * ch + k] = (float) (g / n);
				}
				if (labels != null) labels[o] = (byte) mode(c, kids, n);
			}
		return new Canvas(new Canvas.Layout(hw, hh, ch), px, known, fill, labels, guide);
	}

	/** The most frequent label among a coarse pixel's children (ties: the first child's). */
	private static int mode(Canvas c, int[] kids, int n) {
		int best = c.label(kids[0]), bestCount = 0;
		for (int a = 0; a < n; a++) {
			int count = 0;
			for (int b = 0; b < n; b++) if (c.label(kids[b]) == c.label(kids[a])) count++;
			if (count > bestCount) { bestCount = count; best = c.label(kids[a]); }
		}
		return best;
	}
}
