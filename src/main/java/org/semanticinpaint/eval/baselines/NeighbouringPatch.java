package org.semanticinpaint.eval.baselines;

import org.semanticinpaint.data.Sample;

/**
 * A reference, not an inpainting method: the hole filled with the true image one hole-side away (right, left,
 * below or above, the first that lies inside the image). It is real texture of the same image at the wrong place,
 * so its hole L1 is what a perfectly plausible fill pays when it cannot know the hidden layout, next to the smooth
 * fills of Telea and Navier-Stokes, which pay only for the missing detail.
 */
public final class NeighbouringPatch {

	private NeighbouringPatch() {}

	/**
	 * @param hole the crop's hole, side x side
	 * @return the crop (HWC) with its hole copied from the neighbouring patch, or null when the hole's bounding box,
	 *         moved by its own size in any of the four directions, leaves the image
	 */
	public static float[] fill(Sample s, int x0, int y0, int side, boolean[] hole) {
		int minX = side, minY = side, maxX = -1, maxY = -1;
		for (int i = 0; i < hole.length; i++)
			if (hole[i]) {
				minX = Math.min(minX, i % side); maxX = Math.max(maxX, i % side);
				minY = Math.min(minY, i / side); maxY = Math.max(maxY, i / side);
			}
		int c = s.channels();
		float[] out = new float[side * side * c];
		for (int y = 0; y < side; y++)
			System.arraycopy(s.pixels(), ((y0 + y) * s.width() + x0) * c, out, y * side * c, side * c);
		if (maxX < 0) return out;
		int w = maxX - minX + 1, h = maxY - minY + 1;
		// a shift by the box's own size: the source box touches the hole's box but never overlaps it
		int[][] shifts = { { w, 0 }, { -w, 0 }, { 0, h }, { 0, -h } };
		for (int[] d : shifts) {
			int sx = x0 + minX + d[0], sy = y0 + minY + d[1];
			if (sx < 0 || sy < 0 || sx + w > s.width() || sy + h > s.height()) continue;
			for (int i = 0; i < hole.length; i++) {
				if (!hole[i]) continue;
				int x = x0 + i % side + d[0], y = y0 + i / side + d[1];
				for (int k = 0; k < c; k++) out[i * c + k] = s.pixel(x, y, k);
			}
			return out;
		}
		return null;
	}
}
