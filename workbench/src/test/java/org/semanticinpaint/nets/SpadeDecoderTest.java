package org.semanticinpaint.nets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.tensorflow.EagerSession;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class SpadeDecoderTest {

	private static long parameters(boolean bilinear) {
		try (Graph g = new Graph()) {
			return NetGraphs.decode(Ops.create(g), new SpadeDecoder.Config(1, 3, 64, 32, 128, bilinear),
				NetScope.Mode.EXPORT, null, 0).scope().parameterCount();
		}
	}

	/** Switching the upsampling keeps every weight's shape, so a trained stage 2 goes on from its weights. */
	@Test
	void upsamplingChangesNoWeights() {
		assertEquals(parameters(false), parameters(true));
	}

	/** Nearest neighbour repeats each feature pixel (a 2-pixel grid per step); bilinear interpolates a ramp. */
	@Test
	void bilinearUpsamplingHasNoBlocks() {
		try (EagerSession s = EagerSession.create()) {
			Ops tf = Ops.create(s);
			float[] ramp = new float[16];
			for (int i = 0; i < ramp.length; i++) ramp[i] = i;
			Operand<TFloat32> x = tf.reshape(tf.constant(ramp), tf.constant(new long[] {1, 4, 4, 1}));
			try (TFloat32 near = (TFloat32) Resize.nearestX2(tf, x).asTensor();
				TFloat32 bi = (TFloat32) Resize.bilinearX2(tf, x).asTensor()) {
				assertEquals(Shape.of(1, 8, 8, 1), bi.shape());
				assertEquals(near.getFloat(0, 1, 2, 0), near.getFloat(0, 1, 3, 0));
				for (int c = 1; c < 7; c++)
					assertNotEquals(bi.getFloat(0, 1, c, 0), bi.getFloat(0, 1, c + 1, 0), "column " + c);
			}
		}
	}
}
