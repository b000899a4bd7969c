package org.semanticinpaint.engine;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.semanticinpaint.engine.texture.HoleDistance;

/**
 * Finds the holes of a mask (8-connected components of non-zero pixels) and places a window of context around
 * each: square, at least half a tile, moved inside the image, and wider than the hole by {@code contextFactor - 1}
 * times its thickness (twice the largest distance from a hole pixel to a known one). A square hole gets a window
 * {@code contextFactor} times its side; a thin scratch only a thin margin, so it is not shrunk more than needed on
 * its way to the network's tile. Holes whose windows overlap share one window. A long thin hole is cut into
 * overlapping full-resolution windows along its length ({@link #cut}); those are the only windows that overlap,
 * and {@link WindowBlend} cross-fades them. Only the mask's own interval is scanned: cost follows the holes, not
 * the image.
 */
public final class HoleWindows {

	/** A group is cut once its one window would be this many times the side its thickness needs. */
	static final double CUT_RATIO = 1.5;
	/** Cut windows step by at most this fraction of their side (a quarter or more of each overlaps the next). */
	static final double STRIDE = 0.75;

	private HoleWindows() {}

	/**
	 * The mask's hole pixels ({@code pixels[y * width + x]}), cut to the holes' bounding box, whose top-left pixel
	 * is ({@code x0}, {@code y0}) in the image.
	 */
	record HoleMask(boolean[] pixels, int width, int height, int x0, int y0) {
		/** Whether the image pixel (x, y) is a hole pixel (false outside the mask). */
		boolean isHole(int x, int y) {
			int ix = x - x0, iy = y - y0;
			return ix >= 0 && iy >= 0 && ix < width && iy < height && pixels[iy * width + ix];
		}
	}

	/** Where windows must fit and how large they are: the image's size, the network's tile, the context factor. */
	record Sizing(int imageWidth, int imageHeight, int tile, double factor) {}

	/** Bounding boxes as {minX, minY, maxX, maxY} (inclusive), and the thickness of the hole inside. */
	record Box(int minX, int minY, int maxX, int maxY, int thickness) {
		/** A solid box: as thick as its larger side. */
		Box(int minX, int minY, int maxX, int maxY) {
			this(minX, minY, maxX, maxY, Math.max(maxX - minX + 1, maxY - minY + 1));
		}

		Box union(Box o) {
			return new Box(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX), Math.max(maxY, o.maxY),
				Math.max(thickness, o.thickness));
		}
	}

	/**
	 * @param mask non-zero = missing; its interval may be any part of the image (e.g. a selection's bounds)
	 */
	public static <M extends RealType<M>> List<HoleWindow> find(RandomAccessibleInterval<M> mask, int imageWidth,
		int imageHeight, int tile, double contextFactor) throws InpaintException
	{
		int mx = (int) Math.max(0, mask.min(0)), my = (int) Math.max(0, mask.min(1));
		int mX = (int) Math.min(imageWidth - 1, mask.max(0)), mY = (int) Math.min(imageHeight - 1, mask.max(1));
		if (mX < mx || mY < my) throw new InpaintException("The hole lies outside the image.");
		// one pass over the mask's interval (a flat, x-fastest cursor counting its own position is several times
		// faster than a localizing one), then the hole pixels' bounding box is cut out of it
		int iw = mX - mx + 1, ih = mY - my + 1;
		boolean[] all = new boolean[iw * ih];
		long count = 0;
		int bx = Integer.MAX_VALUE, by = Integer.MAX_VALUE, bX = -1, bY = -1;
		Cursor<M> c = Views.flatIterable(Views.interval(mask, new long[] { mx, my }, new long[] { mX, mY })).cursor();
		for (int y = 0, i = 0; y < ih; y++) {
			int first = -1, last = -1;
			for (int x = 0; x < iw; x++, i++) {
				double v = c.next().getRealDouble();
				if (v != 0 && !Double.isNaN(v)) {
					all[i] = true;
					if (first < 0) first = x;
					last = x;
					count++;
				}
			}
			if (first < 0) continue;
			bx = Math.min(bx, first); bX = Math.max(bX, last);
			by = Math.min(by, y); bY = y;
		}
		if (count == 0) throw new InpaintException("There is no hole to fill: the selection or mask is empty.");
		if (count == (long) imageWidth * imageHeight) throw new InpaintException(
			"The hole covers the whole image: there is nothing left to fill it from.");
		int w = bX - bx + 1, h = bY - by + 1;
		boolean[] m = all;
		if (w != iw || h != ih) {
			m = new boolean[w * h];
			for (int y = 0; y < h; y++) System.arraycopy(all, (by + y) * iw + bx, m, y * w, w);
		}
		HoleMask holes = new HoleMask(m, w, h, mx + bx, my + by);
		return windows(components(holes), holes, new Sizing(imageWidth, imageHeight, tile, contextFactor));
	}

	static List<Box> components(HoleMask mask) {
		boolean[] m = mask.pixels();
		int w = mask.width(), h = mask.height(), ox = mask.x0(), oy = mask.y0();
		boolean[] seen = new boolean[w * h];
		List<Box> boxes = new ArrayList<>();
		int[] stack = new int[Math.min(w * h, 1 << 16)]; // grows with the largest hole, not with the image
		for (int start = 0; start < m.length; start++) {
			if (!m[start] || seen[start]) continue;
			int sp = 0;
			int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
			stack[sp++] = start;
			seen[start] = true;
			while (sp > 0) {
				int p = stack[--sp], x = p % w, y = p / w;
				minX = Math.min(minX, x); maxX = Math.max(maxX, x);
				minY = Math.min(minY, y); maxY = Math.max(maxY, y);
				for (int dy = -1; dy <= 1; dy++)
					for (int dx = -1; dx <= 1; dx++) {
						int xx = x + dx, yy = y + dy;
						if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
						int q = yy * w + xx;
						if (m[q] && !seen[q]) {
							seen[q] = true;
							if (sp == stack.length) stack = java.util.Arrays.copyOf(stack, 2 * sp);
							stack[sp++] = q;
						}
					}
			}
			boxes.add(new Box(minX + ox, minY + oy, maxX + ox, maxY + oy, 2 * maxDistance(m, w, minX, minY, maxX, maxY)));
		}
		return boxes;
	}

	/**
	 * Largest distance to a known pixel inside one hole's bounding box (memory follows that box, not the spread of
	 * all holes: ten small holes across an 8192 x 8192 image need no 8192 x 8192 distance map).
	 */
	static int maxDistance(boolean[] m, int w, int minX, int minY, int maxX, int maxY) {
		int bw = maxX - minX + 1, bh = maxY - minY + 1;
		boolean[] sub = new boolean[bw * bh];
		for (int y = 0; y < bh; y++)
			System.arraycopy(m, (minY + y) * w + minX, sub, y * bw, bw);
		int max = 0;
		for (int d : HoleDistance.chessboard(sub, bw, bh)) max = Math.max(max, d);
		return max;
	}

	static List<HoleWindow> windows(List<Box> holes, HoleMask mask, Sizing sizing) throws InpaintException {
		// groups of holes, merged until no two windows overlap
		List<Box> groups = new ArrayList<>(holes);
		boolean merged = true;
		while (merged) {
			merged = false;
			outer:
			for (int i = 0; i < groups.size(); i++)
				for (int j = i + 1; j < groups.size(); j++) {
					if (overlap(place(groups.get(i), sizing), place(groups.get(j), sizing))) {
						groups.set(i, groups.get(i).union(groups.get(j)));
						groups.remove(j);
						merged = true;
						break outer;
					}
				}
		}
		List<HoleWindow> out = new ArrayList<>();
		for (Box g : groups)
			for (Box win : cut(g, place(g, sizing), mask, sizing))
				out.add(window(win, g, mask, sizing));
		return out;
	}

	/** The window's pixels that the mask marks missing (those of any hole, so none leaks in as context). */
	private static HoleWindow window(Box win, Box g, HoleMask mask, Sizing sizing) throws InpaintException {
		int w = win.maxX - win.minX + 1, h = win.maxY - win.minY + 1;
		boolean[] hole = new boolean[w * h];
		int n = 0;
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if (mask.isHole(win.minX + x, win.minY + y)) { hole[y * w + x] = true; n++; }
		if (n == w * h) throw new InpaintException("A hole of " + (g.maxX - g.minX + 1) + " x " +
			(g.maxY - g.minY + 1) + " pixels leaves no context in this " + sizing.imageWidth() + " x " +
			sizing.imageHeight() + " image: make the selection smaller.");
		return new HoleWindow(win.minX, win.minY, w, h, hole);
	}

	/**
	 * A group much longer than it is thick (a scratch, a stroke, a seam between mosaic tiles) is cut into
	 * overlapping windows of the side its thickness needs, so it reaches the network at full resolution instead of
	 * shrunk by its length; {@link WindowBlend} cross-fades the overlaps. Anything else keeps its one window.
	 */
	static List<Box> cut(Box g, Box whole, HoleMask mask, Sizing sizing) {
		int iw = sizing.imageWidth(), ih = sizing.imageHeight();
		double factor = sizing.factor();
		int side = Math.max(sizing.tile(), (int) Math.ceil(factor * g.thickness));
		int wholeSide = Math.max(whole.maxX - whole.minX, whole.maxY - whole.minY) + 1;
		if (wholeSide <= CUT_RATIO * side) return List.of(whole);
		int margin = (int) Math.ceil((factor - 1) * g.thickness / 2.0);
		int[] xs = starts(g.minX - margin, g.maxX + margin, side, iw), ys = starts(g.minY - margin, g.maxY + margin,
			side, ih);
		int sw = Math.min(side, iw), sh = Math.min(side, ih);
		List<Box> out = new ArrayList<>();
		for (int y0 : ys)
			for (int x0 : xs) {
				Box b = new Box(x0, y0, x0 + sw - 1, y0 + sh - 1);
				if (holds(b, g, mask)) out.add(b);
			}
		return out;
	}

	/** Window starts along one axis covering lo..hi with windows of {@code side}, overlapping by a quarter or more. */
	static int[] starts(int lo, int hi, int side, int limit) {
		lo = Math.max(0, lo);
		hi = Math.min(limit - 1, hi);
		int s = Math.min(side, limit), span = hi - lo + 1;
		if (span <= s) return new int[] { Math.max(0, Math.min(limit - s, (lo + hi + 1) / 2 - s / 2)) };
		int n = (int) Math.ceil((span - s) / (STRIDE * s)) + 1;
		int[] a = new int[n];
		for (int k = 0; k < n; k++) a[k] = lo + (int) Math.round(k * (span - s) / (double) (n - 1));
		return a;
	}

	/** Whether a window holds any pixel of the group's holes. */
	private static boolean holds(Box b, Box g, HoleMask mask) {
		for (int y = Math.max(b.minY, g.minY); y <= Math.min(b.maxY, g.maxY); y++)
			for (int x = Math.max(b.minX, g.minX); x <= Math.min(b.maxX, g.maxX); x++)
				if (mask.isHole(x, y)) return true;
		return false;
	}

	/** The square window around a group of holes, shifted (and if need be cut) to fit the image. */
	static Box place(Box g, Sizing sizing) {
		int iw = sizing.imageWidth(), ih = sizing.imageHeight();
		int extent = Math.max(g.maxX - g.minX + 1, g.maxY - g.minY + 1);
		int side = (int) Math.ceil(extent + (sizing.factor() - 1) * Math.min(g.thickness, extent));
		side = Math.max(side, sizing.tile() / 2);
		int sw = Math.min(side, iw), sh = Math.min(side, ih);
		int cx = (g.minX + g.maxX + 1) / 2, cy = (g.minY + g.maxY + 1) / 2;
		int x0 = Math.max(0, Math.min(iw - sw, cx - sw / 2)), y0 = Math.max(0, Math.min(ih - sh, cy - sh / 2));
		// a hole larger than the window (a very elongated one) widens it
		x0 = Math.min(x0, g.minX);
		y0 = Math.min(y0, g.minY);
		int x1 = Math.max(x0 + sw - 1, g.maxX), y1 = Math.max(y0 + sh - 1, g.maxY);
		return new Box(x0, y0, Math.min(iw - 1, x1), Math.min(ih - 1, y1));
	}

	static boolean overlap(Box a, Box b) {
		return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
	}
}
