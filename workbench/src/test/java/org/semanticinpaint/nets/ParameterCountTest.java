package org.semanticinpaint.nets;

import org.semanticinpaint.bundle.NetSignatures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.op.Ops;

/** Stage 1 at the paper's settings has exactly the parameter count of the authors' published network. */
class ParameterCountTest {

	static long count(EspaAutoencoder.Config c) {
		try (Graph g = new Graph()) {
			return NetGraphs.inpaint(Ops.create(g), c, NetScope.Mode.EXPORT, null, 0).scope().parameterCount();
		}
	}

	@Test
	void paperStage1() {
		assertEquals(1_481_635L, count(EspaAutoencoder.Config.paper()));
	}

	@Test
	void withoutEspaHas33408Fewer() {
		assertEquals(1_481_635L - 33_408L, count(new EspaAutoencoder.Config(3, 32, 256, false)));
	}

	@Test
	void featuresAreQuarterResolutionWith4xWidth() {
		try (Graph g = new Graph()) {
			BuiltNet n = NetGraphs.inpaint(Ops.create(g), new EspaAutoencoder.Config(1, 16, 128, true), NetScope.Mode.EXPORT,
				null, 0);
			assertEquals("[-1, 32, 32, 64]", n.output(NetSignatures.INPAINT_FEATURES).shape().toString());
			assertEquals("[-1, 128, 128, 1]", n.output(NetSignatures.INPAINT_COARSE).shape().toString());
		}
	}
}
