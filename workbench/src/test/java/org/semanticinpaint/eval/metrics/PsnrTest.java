package org.semanticinpaint.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PsnrTest {

	@Test
	void constantErrorGivesTheTextbookValue() {
		// error 0.1 everywhere in [-1, 1] data: MSE 0.01, PSNR = 10 log10(2^2 / 0.01) = 10 log10(400)
		float[] truth = new float[4 * 3 * 2];
		float[] result = new float[truth.length];
		Arrays.fill(result, 0.1f);
		assertEquals(26.0206, Psnr.whole(result, truth, 4, 3, 2, 2.0), 1e-4);
	}

	@Test
	void holePsnrMeasuresOnlyTheHole() {
		// 8-bit, 2x2 gray; the one hole pixel is off by 10, the rest exact
		float[] truth = { 10, 20, 30, 40 };
		float[] result = { 10, 20, 40, 40 };
		boolean[] hole = { false, false, true, false };
		// hole: MSE 100 -> 10 log10(65025 / 100); whole: MSE 25 -> 10 log10(65025 / 25)
		assertEquals(10 * Math.log10(650.25), Psnr.hole(result, truth, 2, 2, 1, hole, 255), 1e-9);
		assertEquals(10 * Math.log10(2601), Psnr.whole(result, truth, 2, 2, 1, 255), 1e-9);
	}

	@Test
	void identicalIsInfiniteAndEmptyHoleIsNaN() {
		float[] a = { 1, 2, 3, 4 };
		assertEquals(Double.POSITIVE_INFINITY, Psnr.whole(a, a.clone(), 2, 2, 1, 255));
		assertTrue(Double.isNaN(Psnr.hole(a, a.clone(), 2, 2, 1, new boolean[4], 255)));
	}

	@Test
	void wrongLengthsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> Psnr.whole(new float[4], new float[3], 2, 2, 1, 255));
		assertThrows(IllegalArgumentException.class,
			() -> Psnr.hole(new float[4], new float[4], 2, 2, 1, new boolean[3], 255));
	}
}
