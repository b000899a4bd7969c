package org.semanticinpaint.eval.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Horizontal ramps with a 12x12 hole. The best flat fill of a ramp's hole is off by 3 ramp steps on average, so
 * a working fill must beat that clearly: mean error under 2 steps, no pixel off by more than 6 steps (half the
 * span across the hole). Measured: Telea ~1.4 steps mean, Navier-Stokes ~1.1.
 */
class OpenCvInpainterTest {

	private static final int W = 64, H = 48;
	private static final boolean[] HOLE = new boolean[W * H];
	static {
		for (int y = 18; y < 30; y++)
			for (int x = 26; x < 38; x++) HOLE[y * W + x] = true;
	}

	@Test
	void fillsAnEightBitGrayRamp() {
		float[] truth = ramp(1, 40, 2);
		assertTrue(OpenCvInpainter.isEightBit(truth, 1, HOLE));
		for (OpenCvInpainter method : OpenCvInpainter.values()) checkFill(method, truth, 1, 2);
	}

	@Test
	void fillsAnEightBitRgbRamp() {
		float[] truth = ramp(3, 40, 2);
		assertTrue(OpenCvInpainter.isEightBit(truth, 3, HOLE));
		for (OpenCvInpainter method : OpenCvInpainter.values()) checkFill(method, truth, 3, 2);
	}

	@Test
	void fillsATwoChannelFloatRampChannelByChannel() {
		// [-1, 1] data: the 32-bit float path, where unstretched OpenCV Telea would be off by ~1
		float step = 2f / (W - 1);
		float[] truth = ramp(2, -1, step);
		assertFalse(OpenCvInpainter.isEightBit(truth, 2, HOLE));
		for (OpenCvInpainter method : OpenCvInpainter.values()) checkFill(method, truth, 2, step);
	}

	@Test
	void floatPathDoesNotDependOnTheDataScale() {
		float[] small = ramp(1, -1, 2f / (W - 1)), large = new float[small.length];
		for (int i = 0; i < small.length; i++) large[i] = 1000 * small[i] + 5;
		for (OpenCvInpainter method : OpenCvInpainter.values()) {
			float[] a = method.fill(small, W, H, 1, HOLE), b = method.fill(large, W, H, 1, HOLE);
			for (int i = 0; i < a.length; i++) assertEquals(1000 * a[i] + 5, b[i], 1e-2, method + " pixel " + i);
		}
	}

	@Test
	void noHoleReturnsAnEqualCopy() {
		float[] a = ramp(1, 0, 1);
		float[] out = OpenCvInpainter.TELEA.fill(a, W, H, 1, new boolean[W * H]);
		assertTrue(out != a && Arrays.equals(a, out));
	}

	private static void checkFill(OpenCvInpainter method, float[] truth, int channels, float step) {
		float[] input = truth.clone();
		for (int p = 0; p < HOLE.length; p++)
			if (HOLE[p]) for (int c = 0; c < channels; c++) input[p * channels + c] = Float.NaN;
		float[] out = method.fill(input, W, H, channels, HOLE);
		double sum = 0, max = 0;
		int n = 0;
		for (int p = 0; p < HOLE.length; p++)
			for (int c = 0; c < channels; c++) {
				int i = p * channels + c;
				if (!HOLE[p]) {
					assertEquals(Float.floatToIntBits(truth[i]), Float.floatToIntBits(out[i]), "known pixel " + p);
					continue;
				}
				double e = Math.abs(out[i] - truth[i]) / step;
				sum += e;
				max = Math.max(max, e);
				n++;
			}
		double mean = sum / n;
		assertTrue(mean < 2, method + " mean hole error " + mean + " steps");
		assertTrue(max < 6, method + " max hole error " + max + " steps");
	}

	/** start + step * x in every channel. */
	private static float[] ramp(int channels, float start, float step) {
		float[] a = new float[W * H * channels];
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++)
				for (int c = 0; c < channels; c++) a[(y * W + x) * channels + c] = start + step * x;
		return a;
	}
}
