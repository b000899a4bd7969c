package org.semanticinpaint.engine.texture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ThinHoleAnchorTest {

	private static final int W = 64, H = 64;

	@Test
	void thinHolesTakeTheGuidesMeanAndKeepTheirGrain() {
		Canvas c = band(6);
		float[] grainy = grainyAt(0.2f, c);
		float[] out = ThinHoleAnchor.apply(c, grainy, HoleDistance.thickness(c.fill(), W, H));
		double meanBefore = 0, meanAfter = 0, grainBefore = 0, grainAfter = 0;
		int n = 0;
		for (int i = 0; i < W * H; i++) {
			if (!c.fill()[i]) {
				assertEquals(grainy[i], out[i], "known pixels stay");
				continue;
			}
			meanBefore += grainy[i];
			meanAfter += out[i];
			n++;
		}
		meanBefore /= n;
		meanAfter /= n;
		for (int i = 0; i < W * H; i++) if (c.fill()[i]) {
			grainBefore += Math.pow(grainy[i] - meanBefore, 2);
			grainAfter += Math.pow(out[i] - meanAfter, 2);
		}
		assertEquals(0.5, meanAfter, 0.01, "the guide's mean (0.5), not the copy's (0.2)");
		assertEquals(Math.sqrt(grainBefore / n), Math.sqrt(grainAfter / n), 0.01, "the grain is kept");
	}

	@Test
	void thickHolesStayAsSynthesised() {
		Canvas c = band(40);
		float[] grainy = grainyAt(0.2f, c);
		assertSame(grainy, ThinHoleAnchor.apply(c, grainy, HoleDistance.thickness(c.fill(), W, H)));
	}

	@Test
	void withoutAGuideNothingChanges() {
		Canvas band = band(6), c = band.withGuide(null);
		float[] grainy = grainyAt(0.2f, c);
		assertArrayEquals(grainy, ThinHoleAnchor.apply(c, grainy, HoleDistance.thickness(c.fill(), W, H)));
	}

	@Test
	void theShareFallsFromThinToThick() {
		assertEquals(1.0, ThinHoleAnchor.share(3));
		assertEquals(1.0, ThinHoleAnchor.share(ThinHoleAnchor.FULL_UP_TO));
		assertEquals(0.5, ThinHoleAnchor.share((ThinHoleAnchor.FULL_UP_TO + ThinHoleAnchor.NONE_FROM) / 2));
		assertEquals(0.0, ThinHoleAnchor.share(ThinHoleAnchor.NONE_FROM));
		assertTrue(ThinHoleAnchor.share(200) == 0);
	}

	/** A horizontal band hole {@code thick} rows high; the guide is 0.5 everywhere. */
	private static Canvas band(int thick) {
		boolean[] fill = new boolean[W * H], known = new boolean[W * H];
		float[] guide = new float[W * H];
		for (int i = 0; i < W * H; i++) {
			int y = i / W;
			fill[i] = y >= 20 && y < 20 + thick;
			known[i] = !fill[i];
			guide[i] = 0.5f;
		}
		return new Canvas(new Canvas.Layout(W, H, 1), guide.clone(), known, fill, null, guide);
	}

	/** Known pixels 0.5, hole pixels a seeded grain around {@code mean}. */
	private static float[] grainyAt(float mean, Canvas c) {
		SplittableRandom r = new SplittableRandom(3);
		float[] px = new float[W * H];
		for (int i = 0; i < W * H; i++) px[i] = c.fill()[i] ? mean + (float) (r.nextDouble() - 0.5) * 0.2f : 0.5f;
		return px;
	}
}
