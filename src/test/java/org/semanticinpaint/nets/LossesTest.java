package org.semanticinpaint.nets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** The generator's adversarial term over chosen samples only (practice edits leave theirs out). */
class LossesTest {

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
