package org.semanticinpaint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class WindowBlendTest {

	/** A horizontal stroke of rows 10..12 through a window at (x0, 0), 20 x 24. */
	static HoleWindow stroke(int x0) {
		boolean[] hole = new boolean[20 * 24];
		for (int y = 10; y < 13; y++) for (int x = 0; x < 20; x++) hole[y * 20 + x] = true;
		return new HoleWindow(x0, 0, 20, 24, hole);
	}

	static float[] constant(float v) {
		float[] a = new float[20 * 24];
		Arrays.fill(a, v);
		return a;
	}

	@Test
	void overlappingWindowsCrossFadeAndAgree() {
		List<HoleWindow> ws = List.of(stroke(0), stroke(12)); // columns 12..19 shared
		List<float[]> out = WindowBlend.blend(ws, List.of(constant(0), constant(100)), 1);
		float previous = -1;
		for (int x = 0; x < 32; x++) {
			float v = x < 20 ? out.get(0)[11 * 20 + x] : out.get(1)[11 * 20 + x - 12];
			if (x >= 12 && x < 20) assertEquals(v, out.get(1)[11 * 20 + x - 12], 1e-4, "both windows agree at " + x);
			assertTrue(v >= previous, "monotonic across the hand-over at " + x);
			previous = v;
		}
		assertEquals(0, out.get(0)[11 * 20], 1e-6, "far from the neighbour: the window's own value");
		assertEquals(100, out.get(1)[11 * 20 + 19], 1e-6);
		float mid = out.get(0)[11 * 20 + 15];
		assertTrue(mid > 20 && mid < 80, "the middle of the overlap mixes both: " + mid);
		assertEquals(0, out.get(0)[0], 1e-6, "pixels outside the hole are left alone");
	}

	@Test
	void aWindowAloneIsReturnedAsItIs() {
		float[] v = constant(7);
		List<float[]> out = WindowBlend.blend(List.of(stroke(0), stroke(40)), List.of(v, constant(9)), 1);
		assertSame(v, out.get(0));
	}

	@Test
	void theMostCentralWindowOwnsAPixel() {
		List<HoleWindow> ws = List.of(stroke(0), stroke(12));
		List<List<Integer>> near = WindowBlend.neighbours(ws);
		assertTrue(WindowBlend.owns(ws, near.get(0), 0, 13, 11));
		assertTrue(WindowBlend.owns(ws, near.get(1), 1, 18, 11));
		assertTrue(!WindowBlend.owns(ws, near.get(0), 0, 18, 11));
	}

	/** Textures are not cross-faded (that would average their grain away): each shared pixel comes from its owner. */
	@Test
	void ownershipCopiesTheDeepestWindowsValueAndBothAgree() {
		List<HoleWindow> ws = List.of(stroke(0), stroke(12));
		List<float[]> out = WindowBlend.own(ws, List.of(constant(0), constant(100)), 1);
		for (int x = 12; x < 20; x++) {
			float a = out.get(0)[11 * 20 + x], b = out.get(1)[11 * 20 + x - 12];
			assertEquals(a, b, "both windows agree at " + x);
			assertTrue(a == 0 || a == 100, "a value of one window, not a mix: " + a);
			assertEquals(WindowBlend.owns(ws, WindowBlend.neighbours(ws).get(0), 0, x, 11) ? 0 : 100, a, "owner at " + x);
		}
		assertEquals(0, out.get(0)[0], "pixels outside the hole are left alone");
	}
}
