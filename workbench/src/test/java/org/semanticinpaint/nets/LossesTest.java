package org.semanticinpaint.nets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.semanticinpaint.eval.metrics.Ssim;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** The generator's adversarial term over chosen samples only (practice edits leave theirs out); the SSIM loss. */
class LossesTest {

	/** The loss is 1 - the evaluation's SSIM over the hole, for one and three channels. */
	@Test
	void theSsimLossIsOneMinusTheEvaluationsSsimInTheHole() {
		for (int c : new int[] { 1, 3 }) {
			int w = 40, h = 32;
			Random rnd = new Random(c);
			float[] a = new float[w * h * c], b = new float[w * h * c];
			for (int i = 0; i < a.length; i++) {
				a[i] = (float) (0.5 + 0.3 * Math.sin(i * 0.07) + 0.1 * rnd.nextGaussian());
				b[i] = (float) (a[i] * 0.8 + 0.1 + 0.05 * rnd.nextGaussian());
			}
			boolean[] hole = new boolean[w * h];
			float[] m = new float[w * h];
			for (int y = 8; y < 26; y++) for (int x = 10; x < 34; x++) { hole[y * w + x] = true; m[y * w + x] = 1f; }
			double expected = 1 - Ssim.hole(a, b, w, h, c, hole, 1.0);
			try (Graph g = new Graph(); Session s = new Session(g);
				TFloat32 ta = TFloat32.tensorOf(Shape.of(1, h, w, c), DataBuffers.of(a, true, false));
				TFloat32 tb = TFloat32.tensorOf(Shape.of(1, h, w, c), DataBuffers.of(b, true, false));
				TFloat32 tm = TFloat32.tensorOf(Shape.of(1, h, w, 1), DataBuffers.of(m, true, false)))
			{
				Ops tf = Ops.create(g);
				try (Result r = s.runner().fetch(Losses.ssimLoss(tf, tf.constantOf(ta), tf.constantOf(tb),
					tf.constantOf(tm))).run())
				{
					assertEquals(expected, ((TFloat32) r.get(0)).getFloat(), 1e-4, c + " channels");
				}
			}
			assertTrue(expected > 0.05, "the test images differ: " + expected);
		}
	}

	/** Two samples of 2 x 2 patches: the first fools the discriminator (term 0), the second does not (term 1). */
	@Test
	void theWeightedGeneratorTermAveragesOverTheChosenSamples() {
		assertEquals(0f, generator(1f, 0f), 1e-6);
		assertEquals(1f, generator(0f, 1f), 1e-6);
		assertEquals(0.5f, generator(1f, 1f), 1e-6);
		assertEquals(0f, generator(0f, 0f), 1e-6, "no chosen sample: 0, not NaN");
	}

	private static float generator(float w0, float w1) {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			float[][][][] d = { { { { 1 }, { 1 } }, { { 1 }, { 1 } } }, { { { 0 }, { 0 } }, { { 0 }, { 0 } } } };
			try (Result r = s.runner().fetch(Losses.lsganGenerator(tf, tf.constant(d),
				tf.constant(new float[][][][] { { { { w0 } } }, { { { w1 } } } }))).run())
			{
				return ((TFloat32) r.get(0)).getFloat();
			}
		}
	}
}
