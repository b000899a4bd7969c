package org.semanticinpaint.data.masks;

import java.util.Random;

/** Makes a hole mask for a w x h image: {@code mask[y * w + x] == 1} marks a missing pixel. Seeded, pure. */
public interface MaskGenerator {

	float[] generate(int w, int h, Random random);

	/** Fraction of missing pixels. */
	static double holeArea(float[] mask) {
		double n = 0;
		for (float m : mask) n += m > 0.5f ? 1 : 0;
		return n / mask.length;
	}
}
