package org.semanticinpaint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeamCorrectionTest {

	/** A network output that is off by a constant: the border of the hole is pulled back to the truth. */
	@Test
	void removesAStepAtTheBorderAndFadesInside() {
		int w = 64, h = 64;
		float[] truth = new float[w * h], net = new float[w * h];
		boolean[] hole = new boolean[w * h];
		for (int i = 0; i < truth.length; i++) {
			truth[i] = 100;
			net[i] = 110; // network is 10 too bright everywhere
			int x = i % w, y = i / w;
			hole[i] = x >= 16 && x < 48 && y >= 16 && y < 48;
		}
		SeamCorrection.apply(truth, net, hole, w, h, 1, 3.0);
		assertEquals(100, net[32 * w + 16], 1.5, "border pixel corrected");
		assertTrue(net[32 * w + 32] > 108, "the hole's centre stays the network's: " + net[32 * w + 32]);
		assertEquals(110, net[5 * w + 5], 1e-6, "pixels outside the hole are not touched here");
	}
}
