package org.semanticinpaint.nets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class PushPullFillTest {

	/** Runs the fill on one H x W single-channel image. */
	static float[] fill(float[] image, float[] mask, int h, int w) {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			var img = tf.constant(Shape.of(1, h, w, 1), DataBuffers.of(image, true, false));
			var m = tf.constant(Shape.of(1, h, w, 1), DataBuffers.of(mask, true, false));
			try (TFloat32 out = (TFloat32) s.runner().fetch(PushPullFill.apply(tf, img, m)).run().get(0)) {
				float[] a = new float[h * w];
				out.copyTo(DataBuffers.of(a, false, false));
				return a;
			}
		}
	}

	static float[] centreHole(int h, int w) {
		float[] m = new float[h * w];
		for (int y = h / 4; y < 3 * h / 4; y++)
			for (int x = w / 4; x < 3 * w / 4; x++) m[y * w + x] = 1f;
		return m;
	}

	@Test
	void knownPixelsAreUnchangedAndTheHoleFollowsARamp() {
		int n = 64;
		float[] img = new float[n * n], mask = centreHole(n, n);
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++) img[y * n + x] = mask[y * n + x] > 0 ? 99f : x / (float) n;
		float[] out = fill(img, mask, n, n);
		for (int i = 0; i < img.length; i++) if (mask[i] == 0) assertEquals(img[i], out[i], 1e-6);
		// a horizontal ramp: the fill rises from left to right, within the ramp's range
		float left = out[(n / 2) * n + n / 4 + 1], mid = out[(n / 2) * n + n / 2], right = out[(n / 2) * n + 3 * n / 4 - 2];
		assertTrue(left < mid && mid < right, left + " " + mid + " " + right);
		assertEquals(0.5, mid, 0.1);
	}

	@Test
	void aThinStrokeIsFilledFromItsNearestEdges() {
		// dark above row 32, bright below; a 4-pixel vertical stroke crosses both halves
		int n = 64;
		float[] img = new float[n * n], mask = new float[n * n];
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++) {
				img[y * n + x] = y < n / 2 ? 0f : 1f;
				if (x >= 30 && x < 34) mask[y * n + x] = 1f;
			}
		float[] out = fill(img, mask, n, n);
		for (int y : new int[] { 2, 12, 24 }) assertEquals(0f, out[y * n + 31], 0.02, "row " + y);
		for (int y : new int[] { 40, 52, 62 }) assertEquals(1f, out[y * n + 32], 0.02, "row " + y);
	}

	@Test
	void oneRelaxationStepIsTheMeanOfTheFourNeighbours() {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			float[] img = { 1, 2, 3, 4, 99, 6, 7, 8, 9 }, m = { 0, 0, 0, 0, 1, 0, 0, 0, 0 }, k = new float[9];
			for (int i = 0; i < 9; i++) k[i] = 1 - m[i];
			var x = tf.constant(Shape.of(1, 3, 3, 1), DataBuffers.of(img, true, false));
			var known = tf.constant(Shape.of(1, 3, 3, 1), DataBuffers.of(k, true, false));
			var mask = tf.constant(Shape.of(1, 3, 3, 1), DataBuffers.of(m, true, false));
			try (TFloat32 out = (TFloat32) s.runner().fetch(PushPullFill.relax(tf, x, known, mask, 1)).run().get(0)) {
				assertEquals((2 + 4 + 6 + 8) / 4f, out.getFloat(0, 1, 1, 0), 1e-6);
				assertEquals(1f, out.getFloat(0, 0, 0, 0), 1e-6);
			}
		}
	}

	@Test
	void aConstantImageIsFilledWithItsConstantAtSizesThatAreNotPowersOfTwo() {
		int h = 48, w = 40;
		float[] img = new float[h * w], mask = centreHole(h, w);
		java.util.Arrays.fill(img, 0.3f);
		for (float v : fill(img, mask, h, w)) assertEquals(0.3f, v, 1e-5);
	}

	@Test
	void aFullyMissingImageBecomesZeroNotNaN() {
		float[] img = new float[16 * 16], mask = new float[16 * 16];
		java.util.Arrays.fill(mask, 1f);
		for (float v : fill(img, mask, 16, 16)) assertEquals(0f, v, 0f);
	}
}
