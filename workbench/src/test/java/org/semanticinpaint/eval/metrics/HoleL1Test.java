package org.semanticinpaint.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HoleL1Test {

	@Test
	void averagesAbsoluteErrorsOverHoleChannelsOnly() {
		// 2x1 RGB; pixel 1 is the hole with errors -3, +6, 0 -> mean 3; pixel 0's error must not count
		float[] truth = { 0, 0, 0, 10, 20, 30 };
		float[] result = { 99, 99, 99, 7, 26, 30 };
		boolean[] hole = { false, true };
		assertEquals(3.0, HoleL1.mean(result, truth, 2, 1, 3, hole), 1e-12);
		assertEquals(3.0 / 255, HoleL1.relative(result, truth, 2, 1, 3, hole, 255), 1e-12);
	}

	@Test
	void emptyHoleIsNaN() {
		assertTrue(Double.isNaN(HoleL1.mean(new float[2], new float[2], 2, 1, 1, new boolean[2])));
	}
}
