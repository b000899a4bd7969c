package org.semanticinpaint.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeamScoreTest {

	private static final int W = 6, H = 5;
	private static final boolean[] HOLE = SsimTest.rectangle(W, H, 2, 1, 4, 4);

	@Test
	void perfectPasteScoresZero() {
		float[] truth = ramp(3);
		assertEquals(0.0, SeamScore.of(truth.clone(), truth, W, H, 3, HOLE), 1e-12);
	}

	@Test
	void jumpOfARampByHand() {
		// a 2x3 hole in a horizontal ramp with step 2: 10 border pairs, 6 horizontal (difference 2) and 4 vertical
		// (difference 0) -> jump = 12 / 10
		assertEquals(1.2, SeamScore.jump(ramp(1), W, H, 1, HOLE), 1e-12);
	}

	@Test
	void flatFillOfARampLeavesAVisibleSeam() {
		// filling the hole with 0 against a ramp 10 + 2x: every border pair now jumps by the neighbour's value
		float[] truth = ramp(1), result = truth.clone();
		for (int p = 0; p < HOLE.length; p++) if (HOLE[p]) result[p] = 0;
		double seam = SeamScore.of(result, truth, W, H, 1, HOLE);
		// horizontal pairs: 3 rows x (12 + 18); vertical: 10+2x at x = 2, 3 above and below -> 2 x (14 + 16)
		assertEquals((3 * (12 + 18) + 2 * (14 + 16)) / 10.0 - 1.2, seam, 1e-12);
		assertTrue(seam > 0);
	}

	@Test
	void noBorderIsNaN() {
		assertTrue(Double.isNaN(SeamScore.jump(ramp(1), W, H, 1, new boolean[W * H])));
	}

	/** 10 + 2x in every channel. */
	private static float[] ramp(int channels) {
		float[] a = new float[W * H * channels];
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++)
				for (int c = 0; c < channels; c++) a[(y * W + x) * channels + c] = 10 + 2 * x;
		return a;
	}
}
