package org.semanticinpaint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaneTest {

	@Test
	void valuesAreHwc() {
		float[] v = new float[3 * 2 * 3];
		for (int i = 0; i < v.length; i++) v[i] = i;
		Plane p = new Plane(v, 3, 2, 3);
		assertEquals(6, p.pixels());
		assertEquals((1 * 3 + 2) * 3 + 1, p.index(2, 1, 1));
		assertEquals(16f, p.at(2, 1, 1));
		assertSame(v, p.values(), "shared, not copied");
	}

	@Test
	void aWrongLengthOrShapeIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new Plane(new float[5], 2, 2, 1));
		assertThrows(IllegalArgumentException.class, () -> new Plane(new float[0], 0, 2, 1));
		assertThrows(IllegalArgumentException.class, () -> new Plane(new float[4], 2, 2, 1).with(new float[3]));
	}

	@Test
	void shapesCompare() {
		Plane a = new Plane(new float[12], 2, 2, 3);
		assertTrue(a.sameShape(a.with(new float[12])));
		assertFalse(a.sameShape(new Plane(new float[12], 4, 3, 1)));
	}
}
