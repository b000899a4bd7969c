package org.semanticinpaint.eval.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.data.RawImage;
import org.semanticinpaint.data.Sample;

/** Pixel (x, y) of channel k holds 1000 k + 100 x + y, so every copied value says where it came from. */
class NeighbouringPatchTest {

	@Test
	void copiesTheTrueImageOneHoleSideToTheRight() {
		Sample s = sample(40, 20, 2);
		float[] out = NeighbouringPatch.fill(crop(s, 4, 2, 16), square(16, 4, 8), s, 4, 2, 16);
		for (int y = 0; y < 16; y++)
			for (int x = 0; x < 16; x++)
				for (int k = 0; k < 2; k++) {
					boolean inHole = x >= 4 && x < 12 && y >= 4 && y < 12;
					// the hole's box is 8 wide: its pixels come from 8 to the right, the rest is the crop itself
					assertEquals(s.pixel(4 + x + (inHole ? 8 : 0), 2 + y, k), out[(y * 16 + x) * 2 + k], 0f);
				}
	}

	@Test
	void takesTheFirstDirectionThatFitsInsideTheImage() {
		// crop at the image's right edge: the right neighbour is outside, so the left one is used
		Sample s = sample(24, 16, 1);
		float[] out = NeighbouringPatch.fill(crop(s, 8, 0, 16), square(16, 4, 8), s, 8, 0, 16);
		assertEquals(s.pixel(8 + 4 - 8, 4, 0), out[4 * 16 + 4], 0f);
	}

	@Test
	void aHoleAsLargeAsTheImageHasNoNeighbour() {
		Sample s = sample(16, 16, 1);
		assertNull(NeighbouringPatch.fill(crop(s, 0, 0, 16), square(16, 0, 16), s, 0, 0, 16));
	}

	private static Sample sample(int w, int h, int c) {
		float[] px = new float[w * h * c];
		for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) for (int k = 0; k < c; k++) px[(y * w + x) * c + k] = 1000 * k + 100 * x + y;
		return new Sample("synthetic", "g", new RawImage(w, h, c, px), new byte[w * h]);
	}

	private static float[] crop(Sample s, int x0, int y0, int side) {
		float[] out = new float[side * side * s.channels()];
		for (int y = 0; y < side; y++) for (int x = 0; x < side; x++) for (int k = 0; k < s.channels(); k++)
			out[(y * side + x) * s.channels() + k] = s.pixel(x0 + x, y0 + y, k);
		return out;
	}

	private static boolean[] square(int side, int from, int size) {
		boolean[] h = new boolean[side * side];
		for (int y = from; y < from + size; y++) for (int x = from; x < from + size; x++) h[y * side + x] = true;
		return h;
	}
}
