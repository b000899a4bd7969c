package org.semanticinpaint.nets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class BlurTest {

	private static float[] blur(float[] image, int h, int w, int c) {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			var x = tf.constant(Shape.of(1, h, w, c), DataBuffers.of(image, true, false));
			try (TFloat32 out = (TFloat32) s.runner().fetch(Blur.binomial5(tf, x)).run().get(0)) {
				float[] a = new float[h * w * c];
				out.copyTo(DataBuffers.of(a, false, false));
				return a;
			}
		}
	}

	@Test
	void anImpulseSpreadsIntoTheBinomialWeightsAndChannelsStaySeparate() {
		int n = 9, c = 2;
		float[] img = new float[n * n * c];
		img[(4 * n + 4) * c] = 256; // channel 0 only
		float[] out = blur(img, n, n, c);
		int[] taps = { 1, 4, 6, 4, 1 };
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++) {
				int dy = y - 2, dx = x - 2;
				float expected = dy >= 0 && dy < 5 && dx >= 0 && dx < 5 ? taps[dy] * taps[dx] : 0;
				assertEquals(expected, out[(y * n + x) * c], 1e-4, x + "," + y);
				assertEquals(0, out[(y * n + x) * c + 1], 1e-6);
			}
	}

	@Test
	void aConstantImageKeepsItsValueUpToTheBorder() {
		int h = 7, w = 12;
		float[] img = new float[h * w * 3];
		java.util.Arrays.fill(img, 0.4f);
		for (float v : blur(img, h, w, 3)) assertEquals(0.4f, v, 1e-6);
	}
}
