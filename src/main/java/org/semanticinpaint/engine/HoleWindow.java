package org.semanticinpaint.engine;

/**
 * One square-ish window of context around one or more holes, in image pixel coordinates, and which of its pixels
 * are missing ({@code hole[y * width + x]}). Only the windows cut along one long hole overlap, and
 * {@link WindowBlend} makes them agree on the pixels they share.
 *
 * @param hole pixels the networks and the texture stage treat as missing: the user's hole and, in 32-bit data,
 *        NaN and infinite pixels (dead pixels, masked areas), which are no context either
 * @param write the pixels a fill is written to: the user's hole only, so a NaN outside it stays NaN
 *        ({@link ImageAccess#writeHole}); the same array as {@code hole} when the window has no such pixels
 */
public record HoleWindow(int x0, int y0, int width, int height, boolean[] hole, boolean[] write) {

	/** A window whose missing pixels are all the user's hole. */
	public HoleWindow(int x0, int y0, int width, int height, boolean[] hole) {
		this(x0, y0, width, height, hole, hole);
	}

	public int holePixels() {
		int n = 0;
		for (boolean b : hole) if (b) n++;
		return n;
	}

	/** Pixels a fill is written to (the user's hole in this window). */
	public int writePixels() {
		int n = 0;
		for (boolean b : write) if (b) n++;
		return n;
	}

	public boolean contains(int x, int y) {
		return x >= x0 && y >= y0 && x < x0 + width && y < y0 + height;
	}
}
