package org.semanticinpaint.engine;

/**
 * One square-ish window of context around one or more holes, in image pixel coordinates, and which of its pixels
 * are missing ({@code hole[y * width + x]}). Only the windows cut along one long hole overlap, and
 * {@link WindowBlend} makes them agree on the pixels they share.
 */
public record HoleWindow(int x0, int y0, int width, int height, boolean[] hole) {

	public int holePixels() {
		int n = 0;
		for (boolean b : hole) if (b) n++;
		return n;
	}

	public boolean contains(int x, int y) {
		return x >= x0 && y >= y0 && x < x0 + width && y < y0 + height;
	}
}
