package org.semanticinpaint.nets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class FlopCounterTest {

	static Placeholder<TFloat32> in(Ops tf, long... s) {
		return tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(s)));
	}

	@Test
	void oneConvolution() {
		try (Graph g = new Graph()) {
			Ops tf = Ops.create(g);
			Conv2d.apply(new NetScope(tf, "t", NetScope.Mode.EXPORT, null, 0), "c", in(tf, 1, 10, 10, 3), 4, 3, 1);
			// 10*10 outputs * 4 channels * (3*3*3) multiply-adds * 2
			assertEquals(2L * 100 * 4 * 27, FlopCounter.count(g));
		}
	}

	@Test
	void paperStage1IsAbout19Gflop() {
		try (Graph g = new Graph()) {
			Ops tf = Ops.create(g);
			EspaAutoencoder.build(new NetScope(tf, "s1", NetScope.Mode.EXPORT, null, 0), EspaAutoencoder.Config.paper(),
				in(tf, 1, 256, 256, 3), in(tf, 1, 256, 256, 1));
			double gf = FlopCounter.count(g) / 1e9;
			assertTrue(gf > 18 && gf < 20.5, gf + " GFLOP");
		}
	}
}
