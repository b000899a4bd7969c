package org.semanticinpaint.eval.metrics;

import org.semanticinpaint.engine.texture.HoleDistance;

/**
 * The hole eroded by up to {@link #DEPTH} pixels, by less where a hole is thinner (each connected hole keeps at
 * least its middle), so that texture is judged away from the border, where the known pixels' detail blurs in.
 */
public final class HoleInterior {

	static final int DEPTH = 4;

	private HoleInterior() {}

	public static boolean[] of(boolean[] hole, int w, int h) {
		int[] d = HoleDistance.chessboard(hole, w, h);
		int[] deepest = componentMaxima(hole, d, w, h);
		boolean[] out = new boolean[hole.length];
		for (int i = 0; i < hole.length; i++) out[i] = hole[i] && d[i] > Math.min(DEPTH, deepest[i] - 1);
		return out;
	}

	/** For every hole pixel, the largest distance to a known pixel within its 8-connected hole. */
	private static int[] componentMaxima(boolean[] hole, int[] d, int w, int h) {
		int[] comp = new int[hole.length];
		java.util.Arrays.fill(comp, -1);
		java.util.List<Integer> maxima = new java.util.ArrayList<>();
		int[] stack = new int[hole.length];
		for (int s = 0; s < hole.length; s++) {
			if (!hole[s] || comp[s] >= 0) continue;
			int id = maxima.size(), max = 0, sp = 0;
			stack[sp++] = s;
			comp[s] = id;
			while (sp > 0) {
				int p = stack[--sp], x = p % w, y = p / w;
				max = Math.max(max, d[p]);
				for (int dy = -1; dy <= 1; dy++)
					for (int dx = -1; dx <= 1; dx++) {
						int xx = x + dx, yy = y + dy, q = yy * w + xx;
						if (xx < 0 || yy < 0 || xx >= w || yy >= h || !hole[q] || comp[q] >= 0) continue;
						comp[q] = id;
						stack[sp++] = q;
					}
			}
			maxima.add(max);
		}
		int[] out = new int[hole.length];
		for (int i = 0; i < hole.length; i++) if (comp[i] >= 0) out[i] = maxima.get(comp[i]);
		return out;
	}
}
