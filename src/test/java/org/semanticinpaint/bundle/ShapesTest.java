package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.nets.BuiltNet;
import org.semanticinpaint.nets.CardConfigs;
import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.NetScope;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class ShapesTest {

	@Test
	void theCardImpliesEveryShape() {
		ModelCard c = TestBundles.card(3, 5, 128);
		c.widths.inpaint = 6;
		Shapes s = c.shapes();
		assertEquals(new Shapes(128, 3, 5, 24), s);
		assertEquals(32, s.featureSide());
		assertEquals(128 * 128, s.tilePixels());
		assertArrayEquals(new long[] { 128, 128, 3 }, s.image());
		assertArrayEquals(new long[] { 128, 128, 1 }, s.mask());
		assertArrayEquals(new long[] { 32, 32, 24 }, s.features());
		assertArrayEquals(new long[] { 128, 128, 5 }, s.labels());
	}

	@Test
	void thePapersStageOneHasItsFeatures() {
		// DESIGN.md 1: cnum 32 at 256 x 256 gives F_c of 128 x 64 x 64
		assertEquals(64, Shapes.featureSide(256));
		assertEquals(128, Shapes.featureChannels(32));
	}

	@Test
	void tilesAreMultiplesOf64AndImagesGrayscaleOrRgb() {
		assertTrue(Shapes.isTile(64) && Shapes.isTile(256));
		assertFalse(Shapes.isTile(0) || Shapes.isTile(32) || Shapes.isTile(96) || Shapes.isTile(-64));
		assertTrue(Shapes.isChannels(1) && Shapes.isChannels(3));
		assertFalse(Shapes.isChannels(2) || Shapes.isChannels(4) || Shapes.isChannels(0));
	}

	/** The workbench builds every signature tensor with exactly the shape the card implies. */
	@Test
	void builtNetworksHaveTheCardsShapes() {
		ModelCard c = TestBundles.card(1, 3, 64);
		Shapes s = c.shapes();
		try (Graph g = new Graph()) {
			Ops tf = Ops.create(g);
			BuiltNet inpaint = NetGraphs.inpaint(tf, CardConfigs.inpaint(c), NetScope.Mode.TRAINABLE, null, 1);
			BuiltNet segment = NetGraphs.segment(tf, CardConfigs.segment(c), NetScope.Mode.TRAINABLE, null, 1);
			BuiltNet decode = NetGraphs.decode(tf, CardConfigs.decode(c), NetScope.Mode.TRAINABLE, null, 1);
			assertShape(s.image(), inpaint.input(NetSignatures.INPAINT_IMAGE));
			assertShape(s.mask(), inpaint.input(NetSignatures.INPAINT_MASK));
			assertShape(s.image(), inpaint.output(NetSignatures.INPAINT_COARSE));
			assertShape(s.features(), inpaint.output(NetSignatures.INPAINT_FEATURES));
			assertShape(s.labels(), segment.output(NetSignatures.SEGMENT_PROBABILITIES));
			for (Map.Entry<String, long[]> e : Map.of(NetSignatures.DECODE_FEATURES, s.features(),
				NetSignatures.DECODE_LABELS, s.labels(), NetSignatures.DECODE_COARSE, s.image()).entrySet())
				assertShape(e.getValue(), decode.input(e.getKey()));
			assertShape(s.image(), decode.output(NetSignatures.DECODE_IMAGE));
		}
	}

	private static void assertShape(long[] hwc, Operand<TFloat32> t) {
		long[] all = t.shape().asArray();
		assertEquals(4, all.length);
		assertArrayEquals(hwc, new long[] { all[1], all[2], all[3] }, t.op().name());
	}
}
