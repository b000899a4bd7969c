package org.semanticinpaint.eval.baselines;

import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.masks.HoleBounds;

/**
 * A reference, not an inpainting method: the hole filled with the true image one hole-side away (right, left,
 * below or above, the first that lies inside the image). It is real texture of the same image at the wrong place,
 * so its hole L1 is what a perfectly plausible fill pays when it cannot know the hidden layout, next to the smooth
 * fills of Telea and Navier-Stokes, which pay only for the missing detail.
 */
public final class NeighbouringPatch {

	private NeighbouringPatch() {}

	/**
	 * @param crop the crop's true pixels (HWC, side x side), kept outside the hole
	 * @param hole the crop's hole, side x side
	 * @param s the whole image the crop was cut from at (x0, y0)
	 * @return the crop with its hole copied from the neighbouring patch, or null when the hole's bounding box,
	 *         moved by its own size in any of the four directions, leaves the image
	 */
	public static float[] fill(float[] crop, boolean[] hole, Sample s, int x0, int y0, int side) {
		HoleBounds box = HoleBounds.of(hole, side);
		float[] out = crop.clone();
		if (box == null) return out;
		int w = box.width(), h = box.height(), c = s.channels();
		// a shift by the box's own size: the source box touches the hole's box but never overlaps it
		int[][] shifts = { { w, 0 }, { -w, 0 }, { 0, h }, { 0, -h } };
		for (int[] d : shifts) {
			int sx = x0 + box.minX() + d[0], sy = y0 + box.minY() + d[1];
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
