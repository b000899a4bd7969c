package org.semanticinpaint.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SsimTest {

	@Test
	void identicalImagesScoreOne() {
		float[] a = random(20, 17, 3, new Random(1));
		boolean[] hole = rectangle(20, 17, 4, 4, 14, 12);
		assertEquals(1.0, Ssim.whole(a, a.clone(), 20, 17, 3, 255), 1e-12);
		assertEquals(1.0, Ssim.hole(a, a.clone(), 20, 17, 3, hole, 255), 1e-12);
	}

	@Test
	void constantOffsetOfARampIsTheLuminanceTermByHand() {
		// 13x11 ramp x = 100 + 2i; y = x + 10. Valid centres are columns 5, 6, 7, where the symmetric window's mean
		// is the centre value: mu_x = 110, 112, 114 and mu_y = mu_x + 10. The offset leaves variances and the
		// covariance equal, so the contrast-structure term is (2 s^2 + C2) / (2 s^2 + C2) = 1 and
		// SSIM = mean of (2 mx my + C1) / (mx^2 + my^2 + C1), C1 = (0.01 * 255)^2 = 6.5025:
		// 26406.5025 / 26506.5025, 26886.5025 / 26984.5025, 27374.5025 / 27470.5025 -> 0.99635283385610
		int w = 13, h = 11;
		float[] x = new float[w * h], y = new float[w * h];
		for (int r = 0; r < h; r++)
			for (int i = 0; i < w; i++) {
				x[r * w + i] = 100 + 2 * i;
				y[r * w + i] = 110 + 2 * i;
			}
		assertEquals(0.99635283385610, Ssim.whole(y, x, w, h, 1, 255), 1e-9);
	}

	@Test
	void matchesAnIndependentTwoDimensionalReference() {
		// reference values from a direct 2-D implementation (numpy + scipy.signal.correlate2d 'valid' with the
		// normalised 11x11 fspecial-style Gaussian) on the same formula-defined images
		int w = 24, h = 19, ch = 3;
		boolean[] hole = rectangle(w, h, 6, 5, 16, 13);
		float[] truth = new float[w * h * ch], result = new float[truth.length];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				for (int c = 0; c < ch; c++) {
					int i = (y * w + x) * ch + c;
					truth[i] = (float) (((x * 37 + y * 101 + c * 53) * 7919 % 256) / 8.0 + 100);
					result[i] = truth[i] + (hole[y * w + x] ? (x * 13 + y * 7 + c * 3) % 21 - 10 : 0);
				}
		assertEquals(0.9190133717556864, Ssim.whole(result, truth, w, h, ch, 255), 1e-9);
		assertEquals(0.8917440578584219, Ssim.hole(result, truth, w, h, ch, hole, 255), 1e-9);
	}

	@Test
	void separableFilteringEqualsTheFullWindow() {
		int w = 17, h = 14;
		Random random = new Random(7);
		double[] plane = new double[w * h];
		for (int i = 0; i < plane.length; i++) plane[i] = random.nextDouble() * 255;
		GaussianWindow g = new GaussianWindow(11, 1.5);
		double[] fast = g.filterValid(plane, w, h);
		double norm = 0;
		for (int dy = -5; dy <= 5; dy++)
			for (int dx = -5; dx <= 5; dx++) norm += Math.exp(-(dx * dx + dy * dy) / 4.5);
		for (int y = 0; y + 11 <= h; y++)
			for (int x = 0; x + 11 <= w; x++) {
				double s = 0;
				for (int dy = -5; dy <= 5; dy++)
					for (int dx = -5; dx <= 5; dx++)
						s += Math.exp(-(dx * dx + dy * dy) / 4.5) / norm * plane[(y + 5 + dy) * w + x + 5 + dx];
				assertEquals(s, fast[y * (w - 10) + x], 1e-9);
			}
	}

	@Test
	void damageInsideTheHoleLowersHoleSsimMoreThanWholeSsim() {
		int w = 32, h = 32;
		float[] truth = random(w, h, 1, new Random(3));
		float[] result = truth.clone();
		boolean[] hole = rectangle(w, h, 10, 10, 22, 22);
		for (int p = 0; p < hole.length; p++) if (hole[p]) result[p] = 128;
		double whole = Ssim.whole(result, truth, w, h, 1, 255), inHole = Ssim.hole(result, truth, w, h, 1, hole, 255);
		assertTrue(inHole < whole && whole < 1, inHole + " / " + whole);
	}

	@Test
	void holeAwayFromValidCentresIsNaNAndTinyImagesAreRejected() {
		float[] a = random(12, 12, 1, new Random(5));
		assertTrue(Double.isNaN(Ssim.hole(a, a, 12, 12, 1, rectangle(12, 12, 0, 0, 2, 2), 255)));
		assertThrows(IllegalArgumentException.class, () -> Ssim.whole(new float[100], new float[100], 10, 10, 1, 255));
	}

	static float[] random(int w, int h, int c, Random random) {
		float[] a = new float[w * h * c];
		for (int i = 0; i < a.length; i++) a[i] = random.nextInt(256);
		return a;
	}

	static boolean[] rectangle(int w, int h, int x0, int y0, int x1, int y1) {
		boolean[] hole = new boolean[w * h];
		for (int y = y0; y < y1; y++)
			for (int x = x0; x < x1; x++) hole[y * w + x] = true;
		return hole;
	}
}
