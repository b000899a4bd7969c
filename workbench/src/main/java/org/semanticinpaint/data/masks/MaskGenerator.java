package org.semanticinpaint.data.masks;

import java.util.Arrays;
import java.util.Random;

/** Makes a hole mask for a w x h image: {@code mask[y * w + x] == 1} marks a missing pixel. Seeded, pure. */
public interface MaskGenerator {

	float[] generate(int w, int h, Random random);

	/** Marks the rw x rh rectangle at (x0, y0) of a w-wide mask as missing. */
	static void fillRectangle(float[] mask, int w, int x0, int y0, int rw, int rh) {
		for (int y = y0; y < y0 + rh; y++) Arrays.fill(mask, y * w + x0, y * w + x0 + rw, 1f);
	}

	/** Fraction of missing pixels. */
	static double holeArea(float[] mask) {
		double n = 0;
		for (float m : mask) n += m > 0.5f ? 1 : 0;
		return n / mask.length;
	}
}
