package org.semanticinpaint.data.masks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class MaskGeneratorsTest {

	@Test
	void centreHoleIsTheQuarterOfThePaper() {
		float[] m = new CenterHoleMask(0.5).generate(256, 256, new Random(0));
		assertEquals(0.25, MaskGenerator.holeArea(m), 1e-9);
		assertEquals(1f, m[128 * 256 + 128]);
		assertEquals(0f, m[10 * 256 + 10]);
	}

	@Test
	void squareHolesAreTheCentreHoleAnywhere() {
		Random r = new Random(2);
		boolean offCentre = false;
		for (int i = 0; i < 20; i++) {
			float[] m = new SquareHoleMasks(0.5).generate(128, 128, r);
			assertEquals(0.25, MaskGenerator.holeArea(m), 1e-9);
			offCentre |= m[0] == 1f || m[127 * 128 + 127] == 1f || m[64 * 128 + 64] == 0f;
		}
		assertTrue(offCentre, "placed at random, not only in the centre");
		assertThrows(IllegalArgumentException.class, () -> new SquareHoleMasks(1));
	}

	@Test
	void freeFormIsSeededAndIrregular() {
		float[] a = new FreeFormMasks().generate(128, 128, new Random(5));
		float[] b = new FreeFormMasks().generate(128, 128, new Random(5));
		assertArrayEquals(a, b);
		double area = MaskGenerator.holeArea(a);
		assertTrue(area > 0 && area < 0.9, "area " + area);
	}

	@Test
	void scratchesAreLongAndAsThinAsAsked() {
		int side = 512;
		float[] m = new ScratchMasks(4, 6).generate(side, side, new Random(3));
		assertArrayEquals(m, new ScratchMasks(4, 6).generate(side, side, new Random(3)));
		int minX = side, maxX = -1, minY = side, maxY = -1;
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++) {
				if (m[y * side + x] < 0.5f) continue;
				minX = Math.min(minX, x); maxX = Math.max(maxX, x);
				minY = Math.min(minY, y); maxY = Math.max(maxY, y);
			}
		}
		assertTrue(Math.max(maxX - minX, maxY - minY) > side / 2, "runs across the image");
		assertTrue(MaskGenerator.holeArea(m) < 0.05, "thin: area " + MaskGenerator.holeArea(m));
	}

	@Test
	void mixedMasksDrawEachKindByItsProbability() {
		int side = 128, n = 400, scratches = 0, rectangles = 0, squares = 0;
		MixedMasks mixed = new MixedMasks(0.3, 0.2, 0.25);
		Random seeds = new Random(11);
		for (int i = 0; i < n; i++) {
			long seed = seeds.nextLong();
			float[] m = mixed.generate(side, side, new Random(seed));
			// replay the same draw with the generator the mixture should have picked
			double u = new Random(seed).nextDouble();
			Random replay = new Random(seed);
			replay.nextDouble();
			MaskGenerator expected = u < 0.3 ? new RectangleMasks() : u < 0.5 ? new ScratchMasks()
				: u < 0.75 ? new SquareHoleMasks(0.5) : new FreeFormMasks();
			assertArrayEquals(expected.generate(side, side, replay), m);
			if (u < 0.3) rectangles++; else if (u < 0.5) scratches++; else if (u < 0.75) squares++;
		}
		assertEquals(0.3, rectangles / (double) n, 0.06);
		assertEquals(0.2, scratches / (double) n, 0.06);
		assertEquals(0.25, squares / (double) n, 0.06);
		assertThrows(IllegalArgumentException.class, () -> new MixedMasks(0.7, 0.4));
		assertThrows(IllegalArgumentException.class, () -> new MixedMasks(0.3, 0.2, 0.6));
	}

	@Test
	void areaBins() {
		assertEquals(0, HoleAreaBins.bin(0.05));
		assertEquals(1, HoleAreaBins.bin(0.2));
		assertEquals(-1, HoleAreaBins.bin(0.0));
		assertEquals("10-20%", HoleAreaBins.label(1));
	}
}
