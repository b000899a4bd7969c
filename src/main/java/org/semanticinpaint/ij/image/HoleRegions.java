package org.semanticinpaint.ij.image;

import java.util.Arrays;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * How many separate regions (8-connected, as Analyze Particles counts them) a hole mask has. A hole value marks
 * every pixel of that value, natural ones too (a black scale bar, clipped background): the count in the summary
 * is how people notice. Labels rows two at a time with a union-find over provisional labels, so a mask computed
 * on the fly ({@link HoleMasks#valueView}) is read once and no image-sized array is allocated.
 */
public final class HoleRegions {

	private HoleRegions() {}

	/** Non-zero, non-NaN pixels are hole (as the engine reads a mask). */
	public static int count(RandomAccessibleInterval<?> mask) {
		int w = (int) mask.dimension(0), h = (int) mask.dimension(1);
		long x0 = mask.min(0), y0 = mask.min(1);
		@SuppressWarnings("unchecked")
		RandomAccess<? extends RealType<?>> ra = (RandomAccess<? extends RealType<?>>) mask.randomAccess();
		int[] prev = new int[w], cur = new int[w];
		UnionFind sets = new UnionFind();
		for (int y = 0; y < h; y++) {
			ra.setPosition(y0 + y, 1);
			for (int x = 0; x < w; x++) {
				ra.setPosition(x0 + x, 0);
				double v = ra.get().getRealDouble();
				cur[x] = v != 0 && !Double.isNaN(v) ? label(prev, cur, x, w, sets) : 0;
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return sets.roots();
	}

	/** A label joining the left and the three upper neighbours' regions, or a new one. */
	private static int label(int[] prev, int[] cur, int x, int w, UnionFind sets) {
		int l = 0;
		int[] near = { x > 0 ? cur[x - 1] : 0, x > 0 ? prev[x - 1] : 0, prev[x], x + 1 < w ? prev[x + 1] : 0 };
		for (int n : near) {
			if (n == 0) continue;
			if (l == 0) l = n;
			else sets.union(l, n);
		}
		return l == 0 ? sets.add() : l;
	}

	/** Provisional labels 1, 2, ...; {@link #roots} counts the regions they merged into. */
	private static final class UnionFind {
		private int[] parent = new int[64];
		private int n;

		int add() {
			if (++n >= parent.length) parent = Arrays.copyOf(parent, parent.length * 2);
			parent[n] = n;
			return n;
		}

		int find(int a) {
			while (parent[a] != a) a = parent[a] = parent[parent[a]];
			return a;
		}

		void union(int a, int b) {
			int ra = find(a), rb = find(b);
			if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
		}

		int roots() {
			int r = 0;
			for (int i = 1; i <= n; i++) if (find(i) == i) r++;
			return r;
		}
	}
}
